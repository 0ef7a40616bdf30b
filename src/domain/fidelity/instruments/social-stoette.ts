/**
 * Staff survey for Social støtte (seed 002): one section per core element
 * KE1-KE6, the statements of the model definition's fidelity items, on
 * 002's four-point degree scale (3 and 4 count as high fidelity, as the
 * model definition's fidelityScale says).
 */
import type { InstrumentInput } from '../instrument.ts';
import { degree4 } from './scales.ts';

const scale = degree4.id;

export const socialStoetteSurvey: InstrumentInput = {
  id: 'social-stoette.staff-survey',
  version: '1.0.0',
  name: { da: 'Social støtte – medarbejdersurvey om kerneelementerne', en: 'Social support – staff survey on the core elements' },
  description:
    'Ledere, sagsbehandlere (jobcenter og socialforvaltning), virksomhedskonsulenter og CTI-medarbejdere vurderer, i hvilken grad hvert kerneelement praktiseres. ' +
    'CTI-medarbejdere svarer i rollen mentor. Fideliteten er andelen, der svarer 3 eller 4 på firetrinsskalaen.',
  source: { seed: '002', section: '7.1.3', note: 'afsnittet "Fidelitetsmåling"' },
  modelId: 'social-stoette',
  respondentRoles: ['leder', 'sagsbehandler', 'virksomhedskonsulent', 'mentor'],
  scales: [degree4],
  sections: [
    {
      id: 'KE1',
      title: { da: 'Tværfaglig og helhedsorienteret opstart', en: 'A cross-disciplinary, holistic start' },
      coreElement: 'KE1',
      source: { seed: '002', section: '4.3.1' },
      items: [
        {
          id: 'ke1.f1',
          scale,
          statement: 'Opstartsmødet holdes med borgeren, CTI-medarbejderen, virksomhedskonsulenten og sagsbehandlere fra jobcenter og socialforvaltning.',
          statementEn: 'The start-up meeting is held with the citizen, the CTI worker, the company consultant and caseworkers from the job centre and social services.',
        },
        { id: 'ke1.f2', scale, statement: 'Borgerens behov for støtte og sociale indsatser afdækkes ved opstarten.', statementEn: "The citizen's need for support and social services is mapped at the start." },
        {
          id: 'ke1.f3',
          scale,
          statement: 'Borgeren støttes i at bruge misbrugsbehandling, sundhedsvæsen og psykiatri efter behov.',
          statementEn: 'The citizen is supported in using addiction treatment, health care and psychiatry as needed.',
        },
        { id: 'ke1.f4', scale, statement: 'Borgeren tilbydes støtte til at håndtere sin økonomi.', statementEn: 'The citizen is offered support in managing their finances.' },
      ],
    },
    {
      id: 'KE2',
      title: { da: 'Individuel plan med borgerens mål', en: "An individual plan with the citizen's goal" },
      coreElement: 'KE2',
      source: { seed: '002', section: '4.3.1' },
      items: [
        { id: 'ke2.f1', scale, statement: 'Borgeren har én samlet plan, som alle involverede medarbejdere arbejder efter.', statementEn: 'The citizen has one joint plan that all the staff involved work by.' },
        {
          id: 'ke2.f2',
          scale,
          statement: 'Planen indeholder et tydeligt jobmål, som borgeren selv har været med til at formulere.',
          statementEn: 'The plan contains a clear job goal that the citizen helped to formulate.',
        },
      ],
    },
    {
      id: 'KE3',
      title: { da: 'Løbende tværfaglig opfølgning på planen', en: 'Ongoing cross-disciplinary follow-up on the plan' },
      coreElement: 'KE3',
      source: { seed: '002', section: '4.3.2' },
      items: [
        { id: 'ke3.f1', scale, statement: 'Planen opdateres løbende i samarbejde med borgeren.', statementEn: 'The plan is updated regularly together with the citizen.' },
        {
          id: 'ke3.f2',
          scale,
          statement: 'Virksomhedskonsulent og CTI-medarbejder holder hinanden orienteret om ændringer i borgerens forløb.',
          statementEn: "Company consultant and CTI worker keep each other informed about changes in the citizen's course.",
        },
      ],
    },
    {
      id: 'KE4',
      title: { da: 'Individuelt virksomhedsmatch ud fra borgerens mål', en: "An individual company match from the citizen's goal" },
      coreElement: 'KE4',
      source: { seed: '002', section: '4.3.3' },
      items: [{ id: 'ke4.f1', scale, statement: 'Virksomhedsmatchet tager udgangspunkt i borgerens jobønsker og mål.', statementEn: "The company match starts from the citizen's job wishes and goals." }],
    },
    {
      id: 'KE5',
      title: { da: 'Støtte til mestring af en hverdag med job (CTI)', en: 'Support for managing everyday life with a job (CTI)' },
      coreElement: 'KE5',
      source: { seed: '002', section: '4.3.3' },
      items: [
        { id: 'ke5.f1', scale, statement: 'CTI-forløbene varer 6 eller 9 måneder.', statementEn: 'CTI courses last 6 or 9 months.' },
        { id: 'ke5.f2', scale, statement: 'I den første måned holdes møder, der skaber kontakt og tillid.', statementEn: 'In the first month, meetings are held that build contact and trust.' },
        { id: 'ke5.f3', scale, statement: 'CTI-forløbet starter i god tid, før borgeren begynder på virksomheden.', statementEn: 'The CTI course starts well before the citizen begins at the company.' },
        { id: 'ke5.f4', scale, statement: 'De tre faser er omtrent lige lange.', statementEn: 'The three phases are of about the same length.' },
        { id: 'ke5.f5', scale, statement: 'Hver CTI-medarbejder har højst 10 borgere.', statementEn: 'Each CTI worker has at most 10 citizens.' },
        { id: 'ke5.f6', scale, statement: 'Forløbet afsluttes med et møde mellem borgeren og borgerens netværk.', statementEn: "The course ends with a meeting between the citizen and the citizen's network." },
      ],
    },
    {
      id: 'KE6',
      title: { da: 'Fokus på ordinære timer og progression (arbejdsaftale)', en: 'Focus on ordinary hours and progression (work agreement)' },
      coreElement: 'KE6',
      source: { seed: '002', section: '4.3.3' },
      items: [
        { id: 'ke6.f1', scale, statement: 'Borgeren blev inddraget i arbejdsaftalen, før forløbet på virksomheden begyndte.', statementEn: 'The citizen was involved in the work agreement before the placement began.' },
        { id: 'ke6.f2', scale, statement: 'Forløbet på virksomheden svarer til det, der blev aftalt i arbejdsaftalen.', statementEn: 'The placement matches what was agreed in the work agreement.' },
      ],
    },
  ],
  scoring: { method: 'share_agreeing' },
};
