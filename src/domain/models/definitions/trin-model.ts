/**
 * Uddannelses- og jobgaranti i udsatte boligområder, run by STAR's step model
 * TRIN 1-3 from outreach offices (seed 004, CFBU midtvejsevaluering 2019).
 * The report has no section numbers; sources name the section titles.
 */
import { agreementScale, companyPlacements, count, inDays, ordinaryWorkPlacements, ref, type ModelDefinitionInput } from './helpers.ts';

const model = 'Om indsatsmodellen';
const setup = 'Etablering og rammer';

const definition: ModelDefinitionInput = {
  id: 'trin-model',
  version: '1.0.0',
  name: { da: 'Uddannelses- og jobgaranti i udsatte boligområder (trinmodellen)', en: 'Education and job guarantee in deprived housing areas (step model)' },
  shortName: 'TRIN',
  source: ref('004', model),
  description:
    'Fem fremskudte beskæftigelsesindsatser i udsatte boligområder (forår 2018 – forår 2020), drevet i partnerskab mellem kommune og boligorganisation. ' +
    'Indsatserne følger STARs trinmodel: afklaring (TRIN 1), på vej mod job (TRIN 2) og virksomhedsforløb med fokus på ordinære timer (TRIN 3). ' +
    'Målet er mindst 30 ordinære løntimer om måneden eller selvforsørgelse gennem job eller uddannelse.',
  targetGroup: {
    description:
      'Aktivitetsparate modtagere af kontanthjælp, uddannelseshjælp eller integrationsydelse med bopæl i et af indsatsens udsatte boligområder, som ikke er i integrationsprogrammet.',
    rules: [
      {
        id: 'benefit',
        type: 'benefit_type',
        types: ['kontanthjaelp', 'uddannelseshjaelp', 'integrationsydelse'],
        explanation: 'Borgeren modtager kontanthjælp, uddannelseshjælp eller integrationsydelse.',
        source: ref('004', model, 'afsnittet "Målgruppen for indsatsen"'),
      },
      {
        id: 'readiness',
        type: 'readiness',
        categories: ['aktivitetsparat'],
        explanation: 'Borgeren er aktivitetsparat.',
        source: ref('004', model, 'afsnittet "Målgruppen for indsatsen"'),
      },
      {
        id: 'area',
        type: 'resides_in_area',
        explanation: 'Borgeren har bopæl i et af kommunens udsatte boligområder; den registrerede adresse afgør det.',
        source: ref('004', model, 'afsnittet "Målgruppen for indsatsen"'),
      },
      {
        id: 'not-integration-programme',
        type: 'programme',
        programme: 'integrationsprogram',
        member: false,
        explanation: 'Borgeren er ikke omfattet af integrationsprogrammet.',
        source: ref('004', model, 'afsnittet "Målgruppen for indsatsen"'),
      },
    ],
  },
  initialPhase: 'TRIN1',
  staffRoles: ['caseworker', 'job_broker', 'company_consultant', 'mentor'],
  phases: [
    {
      id: 'TRIN1',
      name: { da: 'TRIN 1: Afklaring', en: 'STEP 1: Clarification' },
      description: 'Borger og sagsbehandler laver sammen en jobplan ud fra borgerens motivation og ønsker, og borgeren får en personlig jobformidler for hele forløbet. Trinnet slutter, når borgeren har indkredset et jobønske eller jobområde.',
      source: ref('004', 'TRIN 1: Afklaring'),
      entry: [],
      exit: [{ kind: 'job_goal_exists', concrete: false }],
    },
    {
      id: 'TRIN2',
      name: { da: 'TRIN 2: På vej mod job', en: 'STEP 2: On the way to a job' },
      description:
        'Der findes et jobmatch, og ved starten laves en aftale om ordinære timer nu eller senere. Vil virksomheden ikke indgå en sådan aftale, må samarbejdet ophøre. Trinnet slutter, når borgeren starter på virksomheden.',
      source: ref('004', 'TRIN 2: På vej mod job'),
      entry: [{ kind: 'job_goal_exists', concrete: false }],
      exit: [{ kind: 'placement_active' }],
    },
    {
      id: 'TRIN3',
      name: { da: 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer', en: 'STEP 3: Company placement focused on ordinary hours' },
      description: 'Borgeren fastholdes på virksomheden med støtte, og der arbejdes mod flere ordinære timer. Afbrydes forløbet, går borgeren tilbage til TRIN 2 for at finde et nyt match.',
      source: ref('004', 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer'),
      entry: [{ kind: 'placement_active' }],
      exit: [],
    },
  ],
  transitions: [
    { from: 'TRIN1', to: 'TRIN2', description: 'Borgeren har et jobønske eller jobområde.', when: [] },
    { from: 'TRIN2', to: 'TRIN3', description: 'Borgeren er startet på en virksomhed.', when: [] },
    {
      from: 'TRIN3',
      to: 'TRIN2',
      description: 'Virksomheden eller borgeren har afbrudt forløbet; der skal findes et nyt jobmatch.',
      when: [{ kind: 'placement_ended' }],
      source: ref('004', 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer'),
    },
  ],
  coreElements: [
    {
      id: 'R1',
      kind: 'framework',
      title: { da: 'Partnerskab mellem kommune og boligorganisation', en: 'Partnership between municipality and housing organisation' },
      description: 'Jobcentret bruger boligorganisationens drift til at skaffe beskæftigelse og kobler indsatsen på det boligsociale arbejde i helhedsplanen; rollerne er klart fordelt.',
      source: ref('004', setup, 'krav 1'),
      rules: [],
      fidelity: [{ id: 'r1.f1', statement: 'Jobcenter og boligorganisation samarbejder om at skabe job og praktikpladser i boligorganisationens drift.' }],
    },
    {
      id: 'R2',
      kind: 'framework',
      title: { da: 'Fremskudt beskæftigelsesindsats i boligområdet', en: 'An outreach job centre in the area' },
      description: 'Medarbejderne sidder lokalt i boligområdet, så indsatsen er let tilgængelig og områdeorienteret.',
      source: ref('004', setup, 'krav 2'),
      rules: [],
      fidelity: [{ id: 'r2.f1', statement: 'Borgerne kan møde medarbejderne i det fremskudte kontor i boligområdet.' }],
    },
    {
      id: 'R3',
      kind: 'framework',
      title: { da: 'Målgruppen i de fremskudte medarbejderes sagsstamme', en: "The whole target group in the outreach staff's caseloads" },
      description: 'Alle borgere i målgruppen samles hos få fremskudte medarbejdere; et team på 3-5 medarbejdere vurderes passende, og sagsstammen bør være under 50 borgere pr. sagsbehandler.',
      source: ref('004', setup, 'krav 3 og afsnittet "Mindre sagsstamme kan være mere effektivt"'),
      rules: [
        {
          id: 'r3.caseload',
          type: 'caseload_max',
          title: { da: 'Sagsstamme under 50', en: 'Caseload below 50' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er sagsbehandler i trinmodellen.',
          source: ref('004', setup),
          role: 'caseworker',
          params: { max: count(49, [10, 49], 'recommendation', ref('004', 'De fremskudte jobkonsulenter tildeles målgruppen til deres sagsstamme', 'afsnittet "Mindre sagsstamme kan være mere effektivt": et forsigtigt bud er under 50 borgere pr. sagsbehandler', [50])) },
        },
        {
          id: 'r3.team-size',
          type: 'team_size',
          title: { da: 'Team på 3-5 medarbejdere', en: 'A team of 3-5 staff' },
          description: 'Antal medarbejdere i enheden med en rolle på et igangværende TRIN-forløb: nok til robusthed, få nok til sparring og indsigt i hinandens sager.',
          source: ref('004', setup, 'et team på 3-5 medarbejdere er et godt antal'),
          params: {
            min: count(3, [1, 20], 'recommendation', ref('004', setup, 'et team på 3-5 medarbejdere')),
            max: count(5, [1, 20], 'recommendation', ref('004', setup, 'et team på 3-5 medarbejdere')),
          },
        },
      ],
      fidelity: [{ id: 'r3.f1', statement: 'Alle borgere i målgruppen er i de fremskudte medarbejderes sagsstammer.' }],
    },
    {
      id: 'TRIN1',
      kind: 'core_element',
      title: { da: 'Jobplan og personlig jobformidler', en: 'Job plan and personal job broker' },
      description: 'Jobplanen bygger på borgerens motivation og ønsker, og en gennemgående personlig jobformidler giver kontinuitet, tilgængelighed og koordinering med andre aktører.',
      source: ref('004', 'TRIN 1: Afklaring'),
      rules: [
        {
          id: 'trin1.plan',
          type: 'plan_within_days',
          title: { da: 'Jobplan', en: 'Job plan' },
          description: 'Der er lavet en jobplan med borgeren.',
          source: ref('004', 'TRIN 1: Afklaring'),
          anchor: 'enrolment',
          params: { days: inDays(30, [7, 180], 'product_default', ref('004', 'TRIN 1: Afklaring', 'kilden angiver ingen frist')) },
        },
        {
          id: 'trin1.job-broker',
          type: 'staff_role_assigned',
          title: { da: 'Personlig jobformidler', en: 'Personal job broker' },
          description: 'Borgeren har en personlig jobformidler; bliver rollen ledig, skal en ny tilknyttes inden for fristen.',
          source: ref('004', 'TRIN 1: Afklaring'),
          role: 'job_broker',
          params: { days: inDays(14, [0, 60], 'product_default', ref('004', 'TRIN 1: Afklaring', 'kilden angiver ingen frist')) },
        },
        {
          id: 'trin1.same-broker',
          type: 'staff_continuity',
          title: { da: 'Gennemgående jobformidler', en: 'The same job broker throughout' },
          description: 'Borgeren har den samme personlige jobformidler gennem hele forløbet; et skift er en advarsel, ikke en frist.',
          source: ref('004', model, 'en personlig jobformidler, der er gennemgående gennem hele forløbet'),
          role: 'job_broker',
          params: { maxChanges: count(0, [0, 5], 'product_default', ref('004', model, 'kilden angiver ikke, hvor mange skift der kan accepteres')) },
        },
      ],
      fidelity: [
        { id: 'trin1.f1', statement: 'Jobplanen tager udgangspunkt i borgerens egne ønsker og motivation.' },
        { id: 'trin1.f2', statement: 'Borgeren har den samme kontaktperson gennem hele forløbet.' },
      ],
    },
    {
      id: 'TRIN2',
      kind: 'core_element',
      title: { da: 'Jobmatch og aftale om ordinære timer', en: 'Job match and an agreement on ordinary hours' },
      description: 'Borgeren skal i job eller ordinære timer frem for ulønnet praktik; ved starten aftales ordinære timer nu eller på sigt.',
      source: ref('004', 'TRIN 2: På vej mod job'),
      rules: [
        {
          id: 'trin2.agreement',
          type: 'work_agreement_ordinary_hours',
          title: { da: 'Aftale om ordinære timer ved start', en: 'Agreement on ordinary hours at the start' },
          description: 'Hvert virksomhedsforløb har ved starten en aftale om ordinære timer eller om ordinære timer på sigt.',
          source: ref('004', model),
          placementTypes: [...companyPlacements, ...ordinaryWorkPlacements],
          params: { daysAfterStart: inDays(0, [0, 14], 'requirement', ref('004', model, 'aftalen laves ved ansættelsesforløbets start')) },
        },
      ],
      fidelity: [{ id: 'trin2.f1', statement: 'Der indgås aftale om ordinære timer, nu eller på sigt, når et virksomhedsforløb starter.' }],
    },
    {
      id: 'TRIN3',
      kind: 'core_element',
      title: { da: 'Fastholdelse og progression mod flere ordinære timer', en: 'Retention and progression towards more ordinary hours' },
      description: 'Jobformidleren støtter borgeren i at blive på virksomheden og arbejder for flere ordinære timer, med respekt for at ikke alle ønsker tæt opfølgning.',
      source: ref('004', 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer'),
      rules: [
        {
          id: 'trin3.follow-up',
          type: 'follow_up_interval',
          title: { da: 'Opfølgning på virksomheden', en: 'Follow-up at the company' },
          description: 'Under et virksomhedsforløb følges der op på virksomheden med fast interval.',
          source: ref('004', 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer'),
          placementTypes: [...companyPlacements, ...ordinaryWorkPlacements],
          params: {
            days: inDays(
              28,
              [7, 56],
              'product_default',
              ref('004', 'TRIN 3: Virksomhedsforløb med fokus på ordinære timer', 'kilden angiver ingen hyppighed; standarden er FSM-praksis (000 §4.6.2), da trinmodellen stammer fra Flere skal med'),
            ),
          },
        },
      ],
      fidelity: [{ id: 'trin3.f1', statement: 'Borgere i virksomhedsforløb får støtte til fastholdelse og progression mod flere ordinære timer.' }],
    },
  ],
  fidelityScale: agreementScale(ref('004', 'Metode', 'rapporten har ingen fidelitetsmåling; femtrinsskalaen er Jobspors valg')),
  hoursGoal: { hours: 30, period: 'month', source: ref('004', model, 'slutmålet er mindst 30 ordinære løntimer om måneden') },
  successCriteria: [
    {
      id: 'trin.end-goal',
      name: { da: 'Slutmål: 30 ordinære timer om måneden eller selvforsørgelse', en: 'End goal: 30 ordinary hours a month or self-sufficiency' },
      wording: 'Borgeren opnår mindst 30 ordinære løntimer om måneden eller bliver selvforsørgende gennem job eller uddannelse.',
      unit: 'hours_per_month',
      denominator: null,
      target: { comparison: 'at_least', value: 30 },
      source: ref('004', model),
    },
  ],
  kpis: [
    {
      id: 'trin.active-share',
      name: { da: 'Andel i aktiv indsats', en: 'Share receiving an active intervention' },
      wording: 'Andel af de visiterede borgere, der modtager en aktiv indsats. Totaler vægtes med antal, ikke som gennemsnit af kommunernes procenter.',
      unit: 'percent',
      denominator: 'Borgere visiteret til indsatsen',
      source: ref('004', 'Bilag 1 – Resultater'),
    },
    {
      id: 'trin.cv-share',
      name: { da: 'Andel med CV', en: 'Share with a CV' },
      wording: 'Andel af borgerne i aktiv indsats, der har fået lavet et CV.',
      unit: 'percent',
      denominator: 'Borgere, der modtager en aktiv indsats',
      source: ref('004', 'Bilag 1 – Resultater'),
    },
    {
      id: 'trin.unpaid-placement-share',
      name: { da: 'Praktik uden ordinære timer', en: 'Placement without ordinary hours' },
      wording: 'Andel af borgerne i aktiv indsats, der er startet i virksomhedspraktik uden ordinære timer. Opgøres adskilt fra ordinære timer.',
      unit: 'percent',
      denominator: 'Borgere, der modtager en aktiv indsats',
      source: ref('004', 'Bilag 1 – Resultater'),
    },
    {
      id: 'trin.ordinary-hours-share',
      name: { da: 'Ordinære timer', en: 'Ordinary hours' },
      wording: 'Andel af borgerne i aktiv indsats, der har opnået ordinære timer.',
      unit: 'percent',
      denominator: 'Borgere, der modtager en aktiv indsats',
      source: ref('004', 'Bilag 1 – Resultater'),
    },
    {
      id: 'trin.self-sufficiency-share',
      name: { da: 'Selvforsørgelse', en: 'Self-sufficiency' },
      wording: 'Andel af borgerne i aktiv indsats, der er blevet selvforsørgende gennem job eller uddannelse.',
      unit: 'percent',
      denominator: 'Borgere, der modtager en aktiv indsats',
      source: ref('004', 'Bilag 1 – Resultater'),
    },
    {
      id: 'trin.housing-org-jobs',
      name: { da: 'Job formidlet af boligorganisationen', en: 'Jobs brokered by the housing organisation' },
      wording: 'Antal borgere ansat i job, som den almene boligorganisation har formidlet.',
      unit: 'count',
      denominator: null,
      source: ref('004', 'Bilag 1 – Resultater'),
    },
  ],
};

export default definition;
