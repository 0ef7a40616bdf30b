/**
 * Social støtte i overgang til og fastholdelse i job (seed 002, slutevaluering
 * apr. 2021): job focus from day one plus CTI support around the start at a
 * workplace. Facts and numbers from the report; text in Jobspor's words.
 */
import { ctiMeasurementMonths } from '../cti-schedule.ts';
import { companyPlacements, conversationKinds, count, inDays, ratingScale, ref, type ModelDefinitionInput } from './helpers.ts';

const definition: ModelDefinitionInput = {
  id: 'social-stoette',
  version: '1.0.0',
  name: { da: 'Social støtte i overgang til og fastholdelse i job', en: 'Social support in the transition to and retention in work' },
  shortName: 'Social støtte',
  source: ref('002', '2.1'),
  description:
    'Socialstyrelsens projekt i Tønder, Brøndby, Mariager Fjord, Halsnæs og Jammerbugt (2017-2020) for aktivitetsparate kontanthjælpsmodtagere. ' +
    'Borgeren kommer så tidligt som muligt ud på en almindelig arbejdsplads, og samtidig får borgeren social støtte efter CTI-metoden (Critical Time Intervention) fra en CTI-medarbejder: ' +
    'tidsafgrænset, intensiv i overgangen til job og aftagende over tre lige lange faser. Jobcenter og socialforvaltning arbejder sammen om én plan.',
  targetGroup: {
    description: 'Aktivitetsparate kontanthjælpsmodtagere på 30 år og derover med mindst et år på kontanthjælp, udtrukket ved lodtrækning.',
    rules: [
      { id: 'benefit', type: 'benefit_type', types: ['kontanthjaelp'], explanation: 'Borgeren modtager kontanthjælp.', source: ref('002', '3.1') },
      { id: 'readiness', type: 'readiness', categories: ['aktivitetsparat'], explanation: 'Borgeren er aktivitetsparat.', source: ref('002', '3.1') },
      {
        id: 'age',
        type: 'age',
        min: 30,
        explanation: 'Borgeren er fyldt 30 år.',
        source: ref('002', '3.1', 'kilden skriver "over 30 år" og "+30 år"; Jobspor læser det som 30 år eller derover', [30]),
      },
      {
        id: 'one-year',
        type: 'continuous_benefit_months',
        types: ['kontanthjaelp'],
        months: 12,
        comparison: 'at_least',
        explanation: 'Borgeren har været på kontanthjælp i mindst et år.',
        source: ref('002', '3.1', 'kilden taler om anciennitet på kontanthjælp; Jobspor kræver et uafbrudt forløb'),
      },
    ],
  },
  visitation: {
    method: 'random_draw',
    description:
      'Borgere trækkes tilfældigt blandt aktivitetsparate kontanthjælpsmodtagere i DREAM, når kommunen beder om nye deltagere. Kommunen må kun frasortere en udtrukket borger af de tre grunde nedenfor, og grunden registreres.',
    source: ref('002', '2.1', 'afsnittet "Antal borgere og visitation"'),
    groups: [
      {
        id: 'indsats',
        name: { da: 'Indsatsgruppe', en: 'Intervention group' },
        description: 'Udtrukne borgere, som ikke er frasorteret.',
        participates: true,
      },
      {
        id: 'frasorteret',
        name: { da: 'Frasorteret', en: 'Excluded' },
        description: 'Udtrukne borgere, som kommunen har frasorteret med en af de tilladte grunde.',
        participates: false,
      },
    ],
    exclusionReasons: [
      { id: 'company_activity', label: 'Er allerede i en virksomhedsrettet indsats' },
      { id: 'prison', label: 'Afsoner i fængsel' },
      { id: 'health', label: 'Kan ikke deltage af helbredsmæssige grunde' },
    ],
  },
  initialPhase: 'opstart',
  staffRoles: ['caseworker', 'cti_worker', 'social_caseworker', 'company_consultant'],
  phases: [
    {
      id: 'opstart',
      name: { da: 'Opstart og plan', en: 'Start and plan' },
      description: 'Tværfagligt opstartsmøde med borgeren og udarbejdelse af én fælles plan med borgerens mål for en hverdag med job.',
      source: ref('002', '4.3.1'),
      entry: [],
      exit: [{ kind: 'plan_exists' }],
    },
    {
      id: 'virksomhedsmatch',
      name: { da: 'Virksomhedsmatch', en: 'Company match' },
      description: 'Virksomhedskonsulenten finder en arbejdsplads ud fra borgerens mål; CTI-medarbejderen bygger kontakten op i ugerne op til starten.',
      source: ref('002', '4.3.3'),
      entry: [],
      exit: [],
    },
    {
      id: 'cti-1',
      name: { da: 'CTI fase 1: planlægning og igangsættelse', en: 'CTI phase 1: planning and start' },
      description: 'CTI-støtten starter omkring starten på virksomheden og er mest intensiv; første måned bruges på kontakt og tillid.',
      source: ref('002', '4.3.3'),
      entry: [{ kind: 'milestone_reached', milestone: 'support_course_start' }],
      exit: [{ kind: 'cti_phase_reached', phase: 2 }],
    },
    {
      id: 'cti-2',
      name: { da: 'CTI fase 2: afprøvning og tilpasning', en: 'CTI phase 2: testing and adjusting' },
      description: 'Støtten afprøves og tilpasses; behovet kan stige igen, når hverdagen på arbejdspladsen sætter ind.',
      source: ref('002', '4.3.3'),
      entry: [{ kind: 'cti_phase_reached', phase: 2 }],
      exit: [{ kind: 'cti_phase_reached', phase: 3 }],
    },
    {
      id: 'cti-3',
      name: { da: 'CTI fase 3: overdragelse og forankring', en: 'CTI phase 3: handing over' },
      description: 'Ansvaret for støtten overdrages til borgeren og netværket, og der laves en langsigtet plan for fastholdelse.',
      source: ref('002', '4.3.3'),
      entry: [{ kind: 'cti_phase_reached', phase: 3 }],
      exit: [],
    },
  ],
  transitions: [
    { from: 'opstart', to: 'virksomhedsmatch', description: 'Opstartsmødet er holdt, og planen er lavet.', when: [] },
    { from: 'virksomhedsmatch', to: 'cti-1', description: 'CTI-forløbet er startet.', when: [] },
    { from: 'cti-1', to: 'cti-2', description: 'Første tredjedel af CTI-forløbet er gået.', when: [] },
    { from: 'cti-2', to: 'cti-3', description: 'Anden tredjedel af CTI-forløbet er gået.', when: [] },
  ],
  coreElements: [
    {
      id: 'KE1',
      kind: 'core_element',
      title: { da: 'Tværfaglig og helhedsorienteret opstart med borgeren', en: 'A cross-disciplinary, holistic start with the citizen' },
      description:
        'Forløbet begynder med et opstartsmøde, hvor borgeren, CTI-medarbejderen, virksomhedskonsulenten og sagsbehandlere fra både jobcenter og socialforvaltning deltager. Her afdækkes borgerens behov bredt: støttebehov, misbrugsbehandling, somatisk og psykiatrisk behandling, andre sociale tilbud og økonomi.',
      source: ref('002', '4.3.1'),
      rules: [
        {
          id: 'ke1.start-meeting',
          type: 'start_meeting_attendance',
          title: { da: 'Tværfagligt opstartsmøde', en: 'Cross-disciplinary start meeting' },
          description: 'Der er holdt et opstartsmøde med alle fem parter.',
          source: ref('002', '4.3.1'),
          roles: ['citizen', 'cti_worker', 'company_consultant', 'caseworker', 'social_caseworker'],
          params: { days: inDays(14, [0, 60], 'product_default', ref('002', '4.3.1', 'kilden angiver ingen frist for opstartsmødet')) },
        },
      ],
      fidelity: [
        { id: 'ke1.f1', statement: 'Opstartsmødet holdes med borgeren, CTI-medarbejderen, virksomhedskonsulenten og sagsbehandlere fra jobcenter og socialforvaltning.' },
        { id: 'ke1.f2', statement: 'Borgerens behov for støtte og sociale indsatser afdækkes ved opstarten.' },
        { id: 'ke1.f3', statement: 'Borgeren støttes i at bruge misbrugsbehandling, sundhedsvæsen og psykiatri efter behov.' },
        { id: 'ke1.f4', statement: 'Borgeren tilbydes støtte til at håndtere sin økonomi.' },
      ],
    },
    {
      id: 'KE2',
      kind: 'core_element',
      title: { da: 'Individuel plan med borgerens mål for en hverdag med job', en: "An individual plan with the citizen's goal for everyday life with a job" },
      description:
        'Efter opstartsmødet laves én samlet plan sammen med borgeren: mål, delmål, indsatser, et tydeligt jobmål og hvem der støtter hvad. De lovpligtige planer findes stadig ved siden af.',
      source: ref('002', '4.3.1'),
      rules: [
        {
          id: 'ke2.plan',
          type: 'plan_within_days',
          title: { da: 'Én fælles plan', en: 'One joint plan' },
          description: 'Der er lavet en fælles individuel plan inden for fristen efter forløbsstart.',
          source: ref('002', '4.3.1'),
          anchor: 'enrolment',
          params: { days: inDays(14, [0, 60], 'product_default', ref('002', '4.3.1', 'planen bygger på opstartsmødet; kilden angiver ingen frist')) },
        },
        {
          id: 'ke2.job-goal',
          type: 'job_goal_within_days',
          title: { da: 'Tydeligt jobmål', en: 'Clear job goal' },
          description: 'Planen indeholder et konkret jobmål.',
          source: ref('002', '4.3.1'),
          anchor: 'enrolment',
          requireConcrete: true,
          params: { days: inDays(30, [7, 120], 'product_default', ref('002', '4.3.1', 'kilden angiver ingen frist')) },
        },
      ],
      fidelity: [
        { id: 'ke2.f1', statement: 'Borgeren har én samlet plan, som alle involverede medarbejdere arbejder efter.' },
        { id: 'ke2.f2', statement: 'Planen indeholder et tydeligt jobmål, som borgeren selv har været med til at formulere.' },
      ],
    },
    {
      id: 'KE3',
      kind: 'core_element',
      title: { da: 'Løbende tværfaglig opfølgning på den individuelle plan', en: 'Ongoing cross-disciplinary follow-up on the individual plan' },
      description:
        'Planen er et levende dokument, som medarbejderne og borgeren justerer undervejs. CTI-medarbejderen får besked, når borgeren får ordinære timer, eller et forløb stopper, og før CTI-forløbet slutter, laves en langsigtet plan for fastholdelse.',
      source: ref('002', '4.3.2'),
      rules: [],
      fidelity: [
        { id: 'ke3.f1', statement: 'Planen opdateres løbende i samarbejde med borgeren.' },
        { id: 'ke3.f2', statement: 'Virksomhedskonsulent og CTI-medarbejder holder hinanden orienteret om ændringer i borgerens forløb.' },
      ],
    },
    {
      id: 'KE4',
      kind: 'core_element',
      title: { da: 'Individuelt virksomhedsmatch ud fra borgerens mål', en: "An individual company match from the citizen's goal" },
      description: 'Virksomhedskonsulenten arbejder fra første dag på at finde en arbejdsplads, der passer både til borgerens mål og til virksomhedernes behov.',
      source: ref('002', '4.3.3'),
      rules: [
        {
          id: 'ke4.placement-start',
          type: 'milestone_within',
          severity: 'warning',
          title: { da: 'Start på virksomhed', en: 'Start at a company' },
          description: 'Borgeren er startet i et virksomhedsforløb inden for det fastsatte antal dage efter forløbsstart.',
          source: ref('002', '4.1'),
          from: 'enrolment',
          to: 'first_placement_start',
          params: { limit: inDays(72, [14, 180], 'observed', ref('002', '4.1', 'gennemsnitligt 72 dage fra opstartssamtale til praktik (Tabel 4-1); et gennemsnit, ikke et krav', [72])) },
        },
      ],
      fidelity: [{ id: 'ke4.f1', statement: 'Virksomhedsmatchet tager udgangspunkt i borgerens jobønsker og mål.' }],
    },
    {
      id: 'KE5',
      kind: 'core_element',
      title: { da: 'Støtte til mestring af en hverdag med job (CTI-støtte)', en: 'Support for managing everyday life with a job (CTI support)' },
      description:
        'CTI-medarbejderen starter støtten omkring starten på virksomheden, med en periode til at opbygge kontakt inden. Forløbet varer 6 eller 9 måneder i tre lige lange faser med aftagende hyppighed og intensitet, og det slutter med et møde med borgerens netværk. Hver CTI-medarbejder har højst 10 borgere.',
      source: ref('002', '4.3.3'),
      rules: [
        {
          id: 'ke5.caseload',
          type: 'caseload_max',
          title: { da: 'Højst 10 borgere pr. CTI-medarbejder', en: 'At most 10 citizens per CTI worker' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er CTI-medarbejder.',
          source: ref('002', '4.3.3'),
          role: 'cti_worker',
          params: { max: count(10, [1, 10], 'requirement', ref('002', '4.3.3', 'CTI-metoden: højst 10 borgere pr. medarbejder (Figur 4-27)', [10])) },
        },
        {
          id: 'ke5.measurements',
          type: 'measurement_schedule',
          title: { da: 'Progressionsmålinger', en: 'Progression measurements' },
          description:
            'Fem målinger med WHO-5, GSE og BIP-indikatorerne: en baseline ved forløbets start og derefter målinger, der følger CTI-forløbets faser, efter 1, 2, 4 og 6 måneder (6-måneders forløb) eller 1, 3, 6 og 9 måneder (9-måneders forløb). Den afsluttende måling tages altid.',
          source: ref(
            '002',
            '7.1.3',
            'afsnittet "De anvendte måleredskaber": målingerne er udfyldt ved opstart i projektet og efter 1, 2, 4 og 6 (eller 1, 3, 6 og 9) måneder, så de følger faseovergangene; Jobspor tager baselinen ved forløbets start og regner de senere målinger fra CTI-forløbets start',
          ),
          instruments: ['WHO-5', 'GSE', 'BIP'],
          schedules: [
            { courseMonths: 6, months: [...ctiMeasurementMonths[6]] },
            { courseMonths: 9, months: [...ctiMeasurementMonths[9]] },
          ],
          params: { toleranceDays: inDays(14, [0, 45], 'product_default', ref('002', '7.1.3', 'kilden angiver ikke, hvor længe efter det planlagte tidspunkt en måling må tages')) },
        },
        {
          id: 'ke5.contact-building',
          type: 'contact_before_placement',
          title: { da: 'Kontaktopbygning før praktikstart', en: 'Contact building before the placement starts' },
          description: 'CTI-medarbejderen har kontakt med borgeren i perioden op til starten på virksomheden, så relationen er etableret før overgangen.',
          source: ref('002', '4.3.3', 'indsatsmodellen lægger op til en kontaktskabelsesperiode to uger før praktikstart'),
          role: 'cti_worker',
          kinds: [...conversationKinds, 'phone'],
          params: { days: inDays(14, [7, 42], 'recommendation', ref('002', '4.3.3', 'en kontaktskabelsesperiode to uger før praktikstart')) },
        },
        {
          id: 'ke5.closing-meeting',
          type: 'support_closing_meeting',
          title: { da: 'Afslutningsmøde med netværket', en: 'Closing meeting with the network' },
          description: 'CTI-forløbet slutter med et møde mellem borgeren og borgerens støttenetværk, hvor ansvaret for støtten overdrages.',
          source: ref('002', '4.3.3', 'afholdelse af afsluttende møde mellem borger og støttenetværk'),
          params: { daysAfterEnd: inDays(0, [0, 30], 'product_default', ref('002', '4.3.3', 'kilden angiver ingen frist; mødet afslutter forløbet')) },
        },
      ],
      fidelity: [
        { id: 'ke5.f1', statement: 'CTI-forløbene varer 6 eller 9 måneder.' },
        { id: 'ke5.f2', statement: 'I den første måned holdes møder, der skaber kontakt og tillid.' },
        { id: 'ke5.f3', statement: 'CTI-forløbet starter i god tid, før borgeren begynder på virksomheden.' },
        { id: 'ke5.f4', statement: 'De tre faser er omtrent lige lange.' },
        { id: 'ke5.f5', statement: 'Hver CTI-medarbejder har højst 10 borgere.' },
        { id: 'ke5.f6', statement: 'Forløbet afsluttes med et møde mellem borgeren og borgerens netværk.' },
      ],
    },
    {
      id: 'KE6',
      kind: 'core_element',
      title: { da: 'Fokus på ordinære timer og progression i virksomhedspraktik (arbejdsaftale)', en: 'Focus on ordinary hours and progression in the placement (work agreement)' },
      description:
        'Når matchet er fundet, laves en skriftlig arbejdsaftale med arbejdsgiver og borger om timetal, opgaver, skånehensyn, mål og delmål samt andel af eller progression mod ordinære timer. Aftalen bruges og opdateres ved opfølgningerne.',
      source: ref('002', '4.3.3'),
      rules: [
        {
          id: 'ke6.agreement',
          type: 'work_agreement_ordinary_hours',
          title: { da: 'Arbejdsaftale med ordinære timer', en: 'Work agreement with ordinary hours' },
          description: 'Hvert virksomhedsforløb har en arbejdsaftale med ordinære timer eller progression mod dem, lavet før start.',
          source: ref('002', '4.3.3'),
          placementTypes: [...companyPlacements],
          params: { daysAfterStart: inDays(0, [0, 14], 'requirement', ref('002', '4.3.3', 'aftalen bruges til forventningsafstemning før praktikken begynder')) },
        },
      ],
      fidelity: [
        { id: 'ke6.f1', statement: 'Borgeren blev inddraget i arbejdsaftalen, før forløbet på virksomheden begyndte.' },
        { id: 'ke6.f2', statement: 'Forløbet på virksomheden svarer til det, der blev aftalt i arbejdsaftalen.' },
      ],
    },
  ],
  fidelityScale: ratingScale(
    4,
    { low: 'lav grad', high: 'høj grad' },
    3,
    'Hvert forhold vurderes på en firetrinsskala fra 1 (lav grad af fidelitet) til 4 (høj grad).',
    ref('002', '7.1.3', 'afsnittet "Fidelitetsmåling"'),
  ),
  successCriteria: [
    {
      id: 'sst.company-activity-effect',
      name: { da: 'Effekt på virksomhedsrettet indsats', en: 'Effect on company-oriented activity' },
      wording:
        'Forskel i andelen, der har været i virksomhedspraktik eller løntilskud i måned 1-6 og 1-12 efter start, mellem indsatsgruppen og en sammenligningsgruppe dannet ved coarsened exact matching på registerdata.',
      unit: 'percentage_points',
      denominator: 'Indsatsgruppen og den matchede sammenligningsgruppe',
      source: ref('002', '5.2.2', 'Tabel 5-1'),
    },
    {
      id: 'sst.unsupported-employment-effect',
      name: { da: 'Effekt på ustøttet beskæftigelse', en: 'Effect on unsupported employment' },
      wording: 'Forskel i andelen med beskæftigelse uden samtidigt fleksjob eller løntilskud i måned 1-6 og 1-12 efter start, mellem indsatsgruppen og den matchede sammenligningsgruppe.',
      unit: 'percentage_points',
      denominator: 'Indsatsgruppen og den matchede sammenligningsgruppe',
      source: ref('002', '5.2.2', 'Tabel 5-1'),
    },
    {
      id: 'sst.wellbeing',
      name: { da: 'Bedre trivsel', en: 'Better wellbeing' },
      wording: 'Udvikling i WHO-5-trivselsscore fra første til senere progressionsmålinger.',
      unit: 'score',
      denominator: null,
      source: ref('002', '5.1.1'),
    },
  ],
  kpis: [
    {
      id: 'sst.placement-started',
      name: { da: 'Startet i praktik og CTI', en: 'Started placement and CTI' },
      wording: 'Andel af borgere med afholdt opstartssamtale, der er startet i virksomhedspraktik og CTI-forløb.',
      unit: 'percent',
      denominator: 'Borgere med afholdt opstartssamtale',
      source: ref('002', '4.1', 'Tabel 4-1'),
    },
    {
      id: 'sst.cti-completed',
      name: { da: 'Gennemførte CTI-forløb', en: 'Completed CTI courses' },
      wording: 'Andel af borgere med afholdt opstartssamtale, der har gennemført deres CTI-forløb.',
      unit: 'percent',
      denominator: 'Borgere med afholdt opstartssamtale',
      source: ref('002', '4.1', 'Tabel 4-1'),
    },
    {
      id: 'sst.days-to-placement',
      name: { da: 'Dage til praktik', en: 'Days to placement' },
      wording: 'Gennemsnitligt antal dage fra opstartssamtalen til start i virksomhedspraktik.',
      unit: 'days',
      denominator: 'Borgere, der er startet i virksomhedspraktik',
      source: ref('002', '4.1', 'Tabel 4-1'),
    },
    {
      id: 'sst.employment-degree',
      name: { da: 'Beskæftigelsesgrad', en: 'Employment degree' },
      wording: 'Gennemsnitlig beskæftigelsesgrad i perioden, hvor 37 timer om ugen svarer til 100 %.',
      unit: 'percent',
      denominator: 'Borgere i indsatsgruppen',
      source: ref('002', '5.2.2', 'Tabel 5-1'),
    },
    {
      id: 'sst.who5',
      name: { da: 'WHO-5 trivselsindeks', en: 'WHO-5 wellbeing index' },
      wording: 'Summen af fem svar (0-5) ganget med 4, dvs. 0-100; 0-35 stor risiko for depression eller stress, 36-50 risiko, over 50 ingen umiddelbar risiko.',
      unit: 'score',
      denominator: null,
      source: ref('002', '7.1.3', 'afsnittet "Sensitivitetsanalyse af borgernes trivselsscore"'),
    },
    {
      id: 'sst.gse',
      name: { da: 'Tro på egne evner (GSE)', en: 'General Self-Efficacy' },
      wording: 'Score på General Self-Efficacy Scale fra 10 til 40; jo højere, jo større tro på at kunne klare de udfordringer, man står over for.',
      unit: 'score',
      denominator: null,
      source: ref('002', '3.3'),
    },
    {
      id: 'sst.bip',
      name: { da: 'Arbejdsmarkedsparathed (BIP)', en: 'Work readiness (BIP indicators)' },
      wording: 'Gennemsnittet af de udvalgte BIP-indikatorer, hver kodet fra 1 (lav) til 5 (høj arbejdsmarkedsparathed); ét spørgsmål besvares af CTI-medarbejderen, resten af borgeren.',
      unit: 'score',
      denominator: null,
      source: ref('002', '5.1.3'),
    },
  ],
};

export default definition;
