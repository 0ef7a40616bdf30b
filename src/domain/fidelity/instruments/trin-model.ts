/**
 * Staff survey for the TRIN model (seed 004): one section per frame
 * requirement R1-R3 and step TRIN 1-3, the statements of the model
 * definition's fidelity items on the five-point agreement scale. 004 has no
 * fidelity measurement; the scale is Jobspor's choice, as in the model.
 */
import type { InstrumentInput } from '../instrument.ts';
import { agreement5 } from './scales.ts';

const scale = agreement5.id;

export const trinModelSurvey: InstrumentInput = {
  id: 'trin-model.staff-survey',
  version: '1.0.0',
  name: { da: 'TRIN-modellen – medarbejdersurvey om rammer og trin', en: 'The TRIN model – staff survey on frame and steps' },
  description:
    'De fremskudte medarbejdere og deres ledere tager stilling til udsagn om de tre rammekrav og de tre trin i jobgarantien. ' +
    'Fideliteten er andelen, der svarer enig eller helt enig.',
  source: { seed: '004', section: 'Metode', note: 'rapporten har ingen fidelitetsmåling; udsagn og skala er Jobspors' },
  modelId: 'trin-model',
  respondentRoles: ['leder', 'sagsbehandler', 'jobformidler', 'virksomhedskonsulent', 'mentor'],
  scales: [agreement5],
  sections: [
    {
      id: 'R1',
      title: { da: 'Partnerskab med boligorganisationen', en: 'Partnership with the housing organisation' },
      coreElement: 'R1',
      source: { seed: '004', section: 'Etablering og rammer', note: 'krav 1' },
      items: [
        {
          id: 'r1.f1',
          scale,
          statement: 'Jobcenter og boligorganisation samarbejder om at skabe job og praktikpladser i boligorganisationens drift.',
          statementEn: "Job centre and housing organisation work together to create jobs and placements in the housing organisation's operations.",
        },
      ],
    },
    {
      id: 'R2',
      title: { da: 'Fremskudt indsats i boligområdet', en: 'An outreach job centre in the area' },
      coreElement: 'R2',
      source: { seed: '004', section: 'Etablering og rammer', note: 'krav 2' },
      items: [{ id: 'r2.f1', scale, statement: 'Borgerne kan møde medarbejderne i det fremskudte kontor i boligområdet.', statementEn: 'Citizens can meet the staff in the outreach office in the area.' }],
    },
    {
      id: 'R3',
      title: { da: 'Hele målgruppen i de fremskudte sagsstammer', en: "The whole target group in the outreach staff's caseloads" },
      coreElement: 'R3',
      source: { seed: '004', section: 'Etablering og rammer', note: 'krav 3' },
      items: [{ id: 'r3.f1', scale, statement: 'Alle borgere i målgruppen er i de fremskudte medarbejderes sagsstammer.', statementEn: "All citizens in the target group are in the outreach staff's caseloads." }],
    },
    {
      id: 'TRIN1',
      title: { da: 'Jobplan og personlig jobformidler', en: 'Job plan and personal job broker' },
      coreElement: 'TRIN1',
      source: { seed: '004', section: 'TRIN 1: Afklaring' },
      items: [
        { id: 'trin1.f1', scale, statement: 'Jobplanen tager udgangspunkt i borgerens egne ønsker og motivation.', statementEn: "The job plan starts from the citizen's own wishes and motivation." },
        { id: 'trin1.f2', scale, statement: 'Borgeren har den samme kontaktperson gennem hele forløbet.', statementEn: 'The citizen has the same contact person throughout the course.' },
      ],
    },
    {
      id: 'TRIN2',
      title: { da: 'Jobmatch og aftale om ordinære timer', en: 'Job match and an agreement on ordinary hours' },
      coreElement: 'TRIN2',
      source: { seed: '004', section: 'TRIN 2: På vej mod job' },
      items: [
        {
          id: 'trin2.f1',
          scale,
          statement: 'Der indgås aftale om ordinære timer, nu eller på sigt, når et virksomhedsforløb starter.',
          statementEn: 'When a placement starts, ordinary hours are agreed, now or later.',
        },
      ],
    },
    {
      id: 'TRIN3',
      title: { da: 'Fastholdelse og progression mod flere ordinære timer', en: 'Retention and progression towards more ordinary hours' },
      coreElement: 'TRIN3',
      source: { seed: '004', section: 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer' },
      items: [
        {
          id: 'trin3.f1',
          scale,
          statement: 'Borgere i virksomhedsforløb får støtte til fastholdelse og progression mod flere ordinære timer.',
          statementEn: 'Citizens in placements get support for retention and progression towards more ordinary hours.',
        },
      ],
    },
  ],
  scoring: { method: 'share_agreeing' },
};
