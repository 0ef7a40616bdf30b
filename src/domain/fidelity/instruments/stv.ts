/**
 * Staff survey for STV (seed 001): one section per minimum requirement
 * 1A-3C, the statements of the model definition's fidelity items on the
 * five-point agreement scale. 001 refers to surveys on the core elements
 * without printing them, so the wording is Jobspor's.
 */
import type { InstrumentInput } from '../instrument.ts';
import { agreement5 } from './scales.ts';

const scale = agreement5.id;

export const stvSurvey: InstrumentInput = {
  id: 'stv.staff-survey',
  version: '1.0.0',
  name: { da: 'STV – medarbejdersurvey om minimumskravene', en: 'STV – staff survey on the minimum requirements' },
  description:
    'Ledere, sagsbehandlere, virksomhedskonsulenter og mentorer tager stilling til udsagn om hvert minimumskrav i den særligt tilrettelagte virksomhedsindsats. ' +
    'Fideliteten er andelen, der svarer enig eller helt enig. Udsagnet om nedprioritering af det opsøgende arbejde er vendt og scores omvendt.',
  source: { seed: '001', section: '1', note: 'rapporten henviser til surveys om kerneelementerne uden at gengive dem; udsagnene er Jobspors' },
  modelId: 'stv',
  respondentRoles: ['leder', 'sagsbehandler', 'virksomhedskonsulent', 'mentor'],
  scales: [agreement5],
  sections: [
    {
      id: '1A',
      title: { da: 'Ledelsen prioriterer den virksomhedsrettede indsats', en: 'Management prioritises company-oriented work' },
      coreElement: '1A',
      source: { seed: '001', section: '2.2.1' },
      items: [
        { id: '1a.f1', scale, statement: 'Ledelsen prioriterer den virksomhedsrettede indsats for udsatte borgere.', statementEn: 'Management prioritises company-oriented work for vulnerable citizens.' },
        {
          id: '1a.f2',
          scale,
          statement: 'Der er en klar arbejds- og ansvarsfordeling mellem sagsbehandler og virksomhedskonsulent omkring borgeren.',
          statementEn: 'Work and responsibility are clearly divided between caseworker and company consultant around the citizen.',
        },
      ],
    },
    {
      id: '1B',
      title: { da: 'Resultaterne af arbejdet er synlige', en: 'The results of the work are visible' },
      coreElement: '1B',
      source: { seed: '001', section: '2.2.1' },
      items: [
        {
          id: '1b.f1',
          scale,
          roles: ['leder', 'sagsbehandler'],
          statement: 'Jeg kan løbende se resultaterne for min egen sagsstamme og for teamet.',
          statementEn: 'I can follow the results for my own caseload and for the team as they develop.',
        },
      ],
    },
    {
      id: '1C',
      title: { da: 'Branchekendskab og viden om det lokale arbejdsmarked', en: 'Knowledge of industries and the local labour market' },
      coreElement: '1C',
      source: { seed: '001', section: '2.2.1' },
      items: [{ id: '1c.f1', scale, statement: 'Medarbejderne har viden om brancher og det lokale arbejdsmarked.', statementEn: 'Staff know the industries and the local labour market.' }],
    },
    {
      id: '2A',
      title: { da: 'Det opsøgende virksomhedsarbejde prioriteres', en: 'Outreach to companies is prioritised' },
      coreElement: '2A',
      source: { seed: '001', section: '2.2.2' },
      items: [
        { id: '2a.f1', scale, statement: 'Der er tid og redskaber til opsøgende arbejde over for virksomheder.', statementEn: 'There is time and there are tools for outreach to companies.' },
        {
          id: '2a.r1',
          scale,
          reverse: true,
          statement: 'Det opsøgende arbejde over for virksomheder bliver ofte skubbet til side af andre opgaver.',
          statementEn: 'Outreach to companies is often pushed aside by other tasks.',
        },
      ],
    },
    {
      id: '2B',
      title: { da: 'Samarbejdsaftaler med virksomheder', en: 'Cooperation agreements with companies' },
      coreElement: '2B',
      source: { seed: '001', section: '2.2.2' },
      items: [{ id: '2b.f1', scale, statement: 'Samarbejdsaftalerne med virksomhederne lægger op til ordinære timer.', statementEn: 'The cooperation agreements with companies aim at ordinary hours.' }],
    },
    {
      id: '3A',
      title: { da: 'Borgerens jobmål sætter retning', en: "The citizen's job goal sets the direction" },
      coreElement: '3A',
      source: { seed: '001', section: '2.2.3' },
      items: [{ id: '3a.f1', scale, statement: 'Borgerens eget jobmål sætter retningen for indsatsen.', statementEn: "The citizen's own job goal sets the direction of the work." }],
    },
    {
      id: '3B',
      title: { da: 'Progression og delmål i virksomhedsforløbet', en: 'Progression and sub-goals in the placement' },
      coreElement: '3B',
      source: { seed: '001', section: '2.2.3' },
      items: [
        { id: '3b.f1', scale, statement: 'Der arbejdes med delmål og progression mod lønnede timer i virksomhedsforløbene.', statementEn: 'Placements work with sub-goals and progression towards paid hours.' },
      ],
    },
    {
      id: '3C',
      title: { da: 'Løbende opfølgning med mentorstøtte', en: 'Ongoing follow-up with mentor support' },
      coreElement: '3C',
      source: { seed: '001', section: '2.2.3' },
      items: [
        { id: '3c.f1', scale, statement: 'Borgere i virksomhedsforløb får løbende opfølgning og mentorstøtte efter behov.', statementEn: 'Citizens in placements get ongoing follow-up and mentor support as needed.' },
      ],
    },
  ],
  scoring: { method: 'share_agreeing' },
};
