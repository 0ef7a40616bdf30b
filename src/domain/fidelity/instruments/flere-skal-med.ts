/**
 * Staff survey for Flere skal med (seed 000): one section per core element
 * KE1-KE6, the statements of the model definition's fidelity items, scored
 * on 000's five-point degree scale (4 and 5 count as high fidelity).
 */
import type { InstrumentInput } from '../instrument.ts';
import { degree5, shareBands } from './scales.ts';

const scale = degree5.id;

export const flereSkalMedSurvey: InstrumentInput = {
  id: 'flere-skal-med.staff-survey',
  version: '1.0.0',
  name: { da: 'Flere skal med – medarbejdersurvey om kerneelementerne', en: 'More People on Board – staff survey on the core elements' },
  description:
    'Ledere og medarbejdere vurderer, i hvilken grad hvert af de seks kerneelementer praktiseres i enheden. ' +
    'Fideliteten er andelen, der svarer 4 eller 5. Et enkelt spørgsmål til jobformidlerne spørger til andelen af egne borgere med et opdateret CV.',
  source: { seed: '000', section: '4', note: 'kerneelementerne og fidelitetsvurderingen (note til Figur 8)' },
  modelId: 'flere-skal-med',
  respondentRoles: ['leder', 'jobformidler', 'sagsbehandler', 'virksomhedskonsulent', 'mentor'],
  scales: [degree5, shareBands],
  sections: [
    {
      id: 'KE1',
      title: { da: 'Borgerens eget jobmål sætter retning', en: "The citizen's own job goal sets the direction" },
      coreElement: 'KE1',
      source: { seed: '000', section: '4.1' },
      items: [
        { id: 'ke1.f1', scale, statement: 'Borgerne i indsatsgruppen har en plan, der tager udgangspunkt i deres eget jobønske.', statementEn: "Citizens in the intervention group have a plan built on their own wish for a job." },
        { id: 'ke1.f2', scale, statement: 'Borgerne i indsatsgruppen har et CV, der synliggør deres kompetencer.', statementEn: 'Citizens in the intervention group have a CV that shows their skills.' },
        { id: 'ke1.f3', scale, statement: 'Borgerne i indsatsgruppen har et konkret jobmål.', statementEn: 'Citizens in the intervention group have a concrete job goal.' },
        {
          id: 'ke1.cv-andel',
          scale: shareBands.id,
          roles: ['jobformidler'],
          statement: 'Hvor stor en andel af de borgere, du er jobformidler for, har et opdateret CV?',
          statementEn: 'What share of the citizens you are job broker for have an up-to-date CV?',
        },
      ],
    },
    {
      id: 'KE2',
      title: { da: 'Personlig jobformidler med kendskab til arbejdsmarkedet', en: 'A personal job broker who knows the labour market' },
      coreElement: 'KE2',
      source: { seed: '000', section: '4.2' },
      items: [
        { id: 'ke2.f1', scale, statement: 'Borgeren har den samme personlige jobformidler gennem hele forløbet.', statementEn: 'The citizen has the same personal job broker throughout the course.' },
        { id: 'ke2.f2', scale, statement: 'Borgeren kan let komme i kontakt med sin jobformidler.', statementEn: 'The citizen can easily get in touch with their job broker.' },
        { id: 'ke2.f3', scale, statement: 'Jobformidleren koordinerer med de øvrige aktører omkring borgeren.', statementEn: 'The job broker coordinates with the other people around the citizen.' },
        { id: 'ke2.f4', scale, statement: 'Jobformidleren bruger sin viden om det lokale arbejdsmarked i samarbejdet med borgeren.', statementEn: 'The job broker uses their knowledge of the local labour market in the work with the citizen.' },
      ],
    },
    {
      id: 'KE3',
      title: { da: 'Individuelt jobmatch med kolleger og opgaver, der kan vokse', en: 'An individual job match with colleagues and tasks that can grow' },
      coreElement: 'KE3',
      source: { seed: '000', section: '4.3' },
      items: [
        { id: 'ke3.f1', scale, statement: 'Jobformidleren hjælper borgeren med at gøre jobmålet konkret.', statementEn: 'The job broker helps the citizen make the job goal concrete.' },
        { id: 'ke3.f2', scale, statement: 'Jobformidler og borger kontakter sammen relevante virksomheder.', statementEn: 'Job broker and citizen contact relevant companies together.' },
        { id: 'ke3.f3', scale, statement: 'Der vælges virksomheder, som er villige til at arbejde hen imod ordinære timer.', statementEn: 'Companies are chosen that are willing to work towards ordinary hours.' },
      ],
    },
    {
      id: 'KE4',
      title: { da: 'Klar aftale om timer, opgaver, opfølgning og ordinære timer', en: 'A clear agreement on hours, tasks, follow-up and ordinary hours' },
      coreElement: 'KE4',
      source: { seed: '000', section: '4.4' },
      items: [
        { id: 'ke4.f1', scale, statement: 'Der indgås en arbejdsaftale, før borgeren starter på virksomheden.', statementEn: 'A work agreement is made before the citizen starts at the company.' },
        { id: 'ke4.f2', scale, statement: 'Arbejdsaftalen beskriver opgaver, arbejdstid og delmål for progression.', statementEn: 'The work agreement describes tasks, working hours and sub-goals for progression.' },
        { id: 'ke4.f3', scale, statement: 'Arbejdsaftalen indeholder ordinære timer eller en hensigtserklæring om ordinære timer.', statementEn: 'The work agreement contains ordinary hours or a declaration of intent about ordinary hours.' },
        { id: 'ke4.f4', scale, statement: 'Borgeren har en fast kontaktperson på virksomheden.', statementEn: 'The citizen has a permanent contact person at the company.' },
      ],
    },
    {
      id: 'KE5',
      title: { da: 'Ressourcefokuseret tilgang', en: 'A resource-focused approach' },
      coreElement: 'KE5',
      source: { seed: '000', section: '4.5' },
      items: [
        { id: 'ke5.f1', scale, statement: 'Samarbejdet med borgeren tager udgangspunkt i borgerens ressourcer.', statementEn: "The work with the citizen starts from the citizen's resources." },
        { id: 'ke5.f2', scale, statement: 'Jobformidleren støtter borgeren i at mestre de barrierer, borgeren oplever.', statementEn: 'The job broker supports the citizen in coping with the barriers the citizen experiences.' },
        { id: 'ke5.f3', scale, statement: 'Forløbet kan tilpasses fleksibelt i tid, sted og indhold.', statementEn: 'The course can be adapted flexibly in time, place and content.' },
      ],
    },
    {
      id: 'KE6',
      title: { da: 'Løbende opfølgning med fokus på fastholdelse og progression', en: 'Ongoing follow-up focused on retention and progression' },
      coreElement: 'KE6',
      source: { seed: '000', section: '4.6' },
      items: [
        { id: 'ke6.f1', scale, statement: 'Jobformidleren følger tæt op på borgeren efter starten på virksomheden.', statementEn: 'The job broker follows up closely on the citizen after the start at the company.' },
        { id: 'ke6.f2', scale, statement: 'Opfølgningen har fokus på progression i ordinære timer.', statementEn: 'The follow-up focuses on progression in ordinary hours.' },
      ],
    },
  ],
  scoring: { method: 'share_agreeing' },
};
