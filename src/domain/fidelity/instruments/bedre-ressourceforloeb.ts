/**
 * Staff survey for Projekt Bedre Ressourceforløb (seed 003), shaped like
 * 003's own survey: seven elements 1a-2d and 3a (§3.1 Tabel 1-3), one
 * statement each, on the five-point agreement scale where "enig" and "helt
 * enig" count. 003's element ids are not the model's core element ids
 * (seed-tables README, 003 notes), so each section names the model element
 * it measures: 1a, 1b -> 1A; 2a -> 2A; 2b, 2c -> 2B; 2d -> 2D; 3a -> 3B.
 */
import type { InstrumentInput } from '../instrument.ts';
import { agreement5 } from './scales.ts';

const scale = agreement5.id;
const measured = (element: string, model: string) => ({ seed: '003' as const, section: '3.1', note: `element ${element} i Tabel 1-3; kerneelement ${model} i modellen (§1.2)` });

export const bedreRessourceforloebSurvey: InstrumentInput = {
  id: 'bedre-ressourceforloeb.staff-survey',
  version: '1.0.0',
  name: { da: 'Bedre Ressourceforløb – medarbejdersurvey om kerneelementerne', en: 'Better Resource Programmes – staff survey on the core elements' },
  description:
    'Syv udsagn om de tre spor i ressourceforløbet, besvaret ved start og slut af ledere, projektledere, sagsbehandlere, virksomhedskonsulenter og mentorer som i 003. ' +
    'Fideliteten er andelen, der svarer enig eller helt enig, og ændringen farves grøn, gul eller rød.',
  source: { seed: '003', section: '3.1', note: 'fideliteten er andelen, der svarer enig eller helt enig (Tabel 1-3)' },
  modelId: 'bedre-ressourceforloeb',
  respondentRoles: ['leder', 'projektleder', 'sagsbehandler', 'virksomhedskonsulent', 'mentor'],
  scales: [agreement5],
  sections: [
    {
      id: '1a',
      title: { da: 'Systematisk forberedelse, der inddrager borgeren', en: 'Systematic preparation that involves the citizen' },
      coreElement: '1A',
      source: measured('1a', '1A'),
      items: [
        { id: '1a.f1', scale, statement: 'Vi har en systematisk tilgang til forberedelsen af sagen, som inddrager borgeren.', statementEn: 'We have a systematic approach to preparing the case that involves the citizen.' },
      ],
    },
    {
      id: '1b',
      title: { da: 'Parat til at inddrage borgeren med fokus på job og uddannelse', en: 'Ready to involve the citizen with a focus on job and education' },
      coreElement: '1A',
      source: measured('1b', '1A'),
      items: [
        {
          id: '1b.f1',
          scale,
          statement: 'Jeg er klar til og har kompetencerne til at inddrage borgeren og sætte fokus på job og uddannelse.',
          statementEn: 'I am ready and have the skills to involve the citizen and to focus on job and education.',
        },
      ],
    },
    {
      id: '2a',
      title: { da: 'Indstillinger med fokus på job og uddannelse', en: 'Recommendations focused on job and education' },
      coreElement: '2A',
      source: measured('2a', '2A'),
      items: [
        { id: '2a.f1', scale, statement: 'Indstillingerne til ressourceforløb har et tydeligt fokus på job- og uddannelsesmål.', statementEn: 'The recommendations for resource programmes clearly focus on job and education goals.' },
      ],
    },
    {
      id: '2b',
      title: { da: 'Indsatsplan sammen med borgeren', en: 'Action plan made with the citizen' },
      coreElement: '2B',
      source: measured('2b', '2B'),
      items: [
        {
          id: '2b.f1',
          scale,
          statement: 'Indsatsplanen laves sammen med borgeren og har et klart job- eller uddannelsesmål.',
          statementEn: 'The action plan is made with the citizen and has a clear job or education goal.',
        },
      ],
    },
    {
      id: '2c',
      title: { da: 'CV fra start, justeret løbende', en: 'A CV from the start, adjusted as it goes' },
      coreElement: '2B',
      source: measured('2c', '2B'),
      items: [
        {
          id: '2c.f1',
          scale,
          statement: 'Borgeren har fra start et CV, der synliggør ressourcer, erfaringer og evner, og det justeres løbende.',
          statementEn: 'From the start the citizen has a CV that shows resources, experience and abilities, and it is adjusted as things move on.',
        },
      ],
    },
    {
      id: '2d',
      title: { da: 'Systematisk opfølgning på indsatsplanen', en: 'Systematic follow-up on the action plan' },
      coreElement: '2D',
      source: { ...measured('2d', '2D'), note: 'element 2d i Tabel 1-3 (id efter placering, se seed-tables README); kerneelement 2D i modellen (§1.2)' },
      items: [{ id: '2d.f1', scale, statement: 'Indsatsplanen følges systematisk op og opdateres sammen med borgeren.', statementEn: 'The action plan is followed up systematically and updated with the citizen.' }],
    },
    {
      id: '3a',
      title: { da: 'Gode match mellem borger og virksomhed', en: 'Good matches between citizen and company' },
      coreElement: '3B',
      source: measured('3a', '3B'),
      items: [
        {
          id: '3a.f1',
          scale,
          statement: 'Kommunen understøtter gode match mellem borger og virksomhed og koordinerer mellem de centrale aktører.',
          statementEn: 'The municipality supports good matches between citizen and company and coordinates between the key actors.',
        },
      ],
    },
  ],
  scoring: { method: 'share_agreeing' },
};
