/**
 * Flere skal med (seed 000, midtvejsevaluering feb. 2019). Facts and numbers
 * from the report; all text in Jobspor's own words.
 */
import { companyPlacements, conversationKinds, count, inDays, ordinaryWorkPlacements, ratingScale, ref, type ModelDefinitionInput } from './helpers.ts';

const group1 = { groups: ['1'] };

const definition: ModelDefinitionInput = {
  id: 'flere-skal-med',
  version: '1.0.0',
  name: { da: 'Flere skal med', en: 'More People on Board' },
  shortName: 'FSM',
  source: ref('000', '1'),
  description:
    'Satspuljeprojekt i 88 kommuner (aug. 2017 – aug. 2019) for aktivitetsparate kontanthjælpsmodtagere, der har været på kontanthjælp uafbrudt i mere end fem år. ' +
    'Alle i målgruppen vurderes og placeres i én af tre grupper. Indsatsgruppen (gruppe 1) får en personlig jobformidler og et forløb efter seks kerneelementer, ' +
    'som skal føre til en plads på en virksomhed og så mange ordinære løntimer som muligt.',
  targetGroup: {
    description: 'Aktivitetsparate kontanthjælpsmodtagere med et sammenhængende kontanthjælpsforløb på mere end fem år.',
    rules: [
      {
        id: 'benefit',
        type: 'benefit_type',
        types: ['kontanthjaelp'],
        explanation: 'Borgeren modtager kontanthjælp.',
        source: ref('000', '1'),
      },
      {
        id: 'readiness',
        type: 'readiness',
        categories: ['aktivitetsparat'],
        explanation: 'Borgeren er visiteret som aktivitetsparat.',
        source: ref('000', '1'),
      },
      {
        id: 'five-years',
        type: 'continuous_benefit_months',
        types: ['kontanthjaelp'],
        months: 60,
        comparison: 'more_than',
        explanation: 'Borgeren har modtaget kontanthjælp uden afbrydelse i mere end fem år (60 måneder).',
        source: ref('000', '1', [5]),
      },
    ],
  },
  visitation: {
    method: 'assessment',
    description:
      'Jobcentret vurderer hver borger i målgruppen og placerer borgeren i gruppe 1, 2 eller 3; visitationen kan udskydes (kode 6). ' +
      'Har en borger flere visitationer, vælges én efter reglen i evalueringens metodebilag.',
    source: ref('000', '1', 'grupper; fordeling i §2; udvælgelse blandt flere visitationer i §6 (Bilag 1)'),
    groups: [
      {
        id: '1',
        name: { da: 'Indsatsgruppen', en: 'Intervention group' },
        description: 'Får forløbet efter de seks kerneelementer med sigte på flest mulige ordinære timer.',
        participates: true,
        reportedShare: { percent: 55, source: ref('000', '2') },
      },
      {
        id: '2',
        name: { da: 'Rehabilitering', en: 'Rehabilitation' },
        description:
          'Arbejder i et rehabiliteringsspor: rehabiliteringsplan, forelæggelse for rehabiliteringsteamet og derefter indstilling til fx ressourceforløb, fleksjob eller førtidspension.',
        participates: false,
        reportedShare: { percent: 34, source: ref('000', '2') },
      },
      {
        id: '3',
        name: { da: 'Kan ikke deltage', en: 'Cannot take part' },
        description:
          'Har så alvorlige sociale eller helbredsmæssige problemer, at en beskæftigelsesrettet indsats ikke er mulig; kommunen sender om nødvendigt en underretning til socialforvaltningen eller en anden forvaltning.',
        participates: false,
        reportedShare: { percent: 11, source: ref('000', '2') },
      },
      {
        id: '6',
        name: { da: 'Udskudt visitation', en: 'Visitation postponed' },
        description: 'Borgeren er endnu ikke placeret i en gruppe.',
        participates: false,
      },
    ],
  },
  initialPhase: 'visitation',
  staffRoles: ['job_broker', 'company_consultant', 'mentor', 'caseworker'],
  phases: [
    {
      id: 'visitation',
      name: { da: 'Visitation', en: 'Visitation' },
      description: 'Borgeren vurderes og placeres i en gruppe. Kun gruppe 1 går videre i indsatsmodellen.',
      source: ref('000', '1'),
      entry: [],
      exit: [{ kind: 'group_is', groups: ['1'] }],
    },
    {
      id: 'afklaring',
      name: { da: 'Plan, CV og jobmål', en: 'Plan, CV and job goal' },
      description: 'Personlig jobformidler, plan ud fra borgerens ressourcer og egne barrierer, CV og et konkret jobmål (kerneelement 1-2).',
      source: ref('000', '4', 'faserne er afledt af rækkefølgen i kerneelementerne (Tabel 3); rapporten opdeler ikke selv forløbet i faser'),
      entry: [],
      // KE1 (000 §4.1, Tabel 3): a plan, a CV for everyone in the group and a concrete job goal.
      exit: [{ kind: 'plan_exists' }, { kind: 'cv_exists' }, { kind: 'job_goal_exists', concrete: true }],
    },
    {
      id: 'jobmatch',
      name: { da: 'Jobmatch og arbejdsaftale', en: 'Job match and work agreement' },
      description: 'Borger og jobformidler finder en arbejdsplads, der passer til jobmålet, og aftalen med virksomheden skrives, før borgeren starter (kerneelement 3-4).',
      source: ref('000', '4', 'afledt af kerneelement 3-4'),
      entry: [],
      exit: [{ kind: 'placement_active' }],
    },
    {
      id: 'virksomhedsforloeb',
      name: { da: 'Virksomhedsforløb', en: 'Company placement' },
      description: 'Borgeren er i gang på virksomheden; jobformidleren følger tæt op med fokus på fastholdelse og flere ordinære timer (kerneelement 6).',
      source: ref('000', '4', 'afledt af kerneelement 6'),
      entry: [{ kind: 'placement_active' }],
      exit: [],
    },
  ],
  transitions: [
    { from: 'visitation', to: 'afklaring', description: 'Borgeren er visiteret til indsatsgruppen.', when: [] },
    { from: 'afklaring', to: 'jobmatch', description: 'Borgeren har en plan, et CV og et konkret jobmål.', when: [] },
    { from: 'jobmatch', to: 'virksomhedsforloeb', description: 'Borgeren er startet på en virksomhed.', when: [] },
    {
      from: 'virksomhedsforloeb',
      to: 'jobmatch',
      description: 'Forløbet på virksomheden er slut eller afbrudt, og der skal findes et nyt match.',
      when: [{ kind: 'placement_ended' }],
    },
  ],
  coreElements: [
    {
      id: 'KE1',
      kind: 'core_element',
      title: { da: 'Borgerens eget jobmål sætter retning', en: "The citizen's own job goal sets the direction" },
      description:
        'Forløbet bygger på en plan, der tager afsæt i borgerens ressourcer, jobmål og de barrierer, borgeren selv peger på. Alle i indsatsgruppen skal have et CV, og jobmålet skal være konkret (ABC-jobplan).',
      source: ref('000', '4.1'),
      rules: [
        {
          id: 'ke1.plan',
          type: 'plan_within_days',
          title: { da: 'Plan for forløbet', en: 'Plan for the course' },
          description: 'Der er lavet en plan for borgerens forløb inden for fristen efter forløbsstart.',
          source: ref('000', '4.1.2'),
          appliesTo: group1,
          anchor: 'enrolment',
          params: { days: inDays(30, [7, 180], 'product_default', ref('000', '4.1', 'modellen kræver en plan, men sætter ingen frist')) },
        },
        {
          id: 'ke1.cv',
          type: 'cv_within_days',
          title: { da: 'CV til alle i indsatsgruppen', en: 'A CV for everyone in the intervention group' },
          description: 'Borgeren har et CV, der kan bruges over for virksomheder.',
          source: ref('000', '4.1.1'),
          appliesTo: group1,
          anchor: 'enrolment',
          params: { days: inDays(30, [7, 180], 'product_default', ref('000', '4.1.1', 'CV er et krav for alle i gruppe 1, men uden frist')) },
        },
        {
          id: 'ke1.job-goal',
          type: 'job_goal_within_days',
          title: { da: 'Konkret jobmål', en: 'Concrete job goal' },
          description: 'Borgeren har formuleret et konkret jobmål (et bestemt job eller jobområde).',
          source: ref('000', '4.1.3'),
          appliesTo: group1,
          anchor: 'enrolment',
          requireConcrete: true,
          params: { days: inDays(30, [7, 180], 'product_default', ref('000', '4.1.3', 'kilden sætter ingen frist')) },
        },
      ],
      fidelity: [
        { id: 'ke1.f1', statement: 'Borgerne i indsatsgruppen har en plan, der tager udgangspunkt i deres eget jobønske.' },
        { id: 'ke1.f2', statement: 'Borgerne i indsatsgruppen har et CV, der synliggør deres kompetencer.' },
        { id: 'ke1.f3', statement: 'Borgerne i indsatsgruppen har et konkret jobmål.' },
      ],
    },
    {
      id: 'KE2',
      kind: 'core_element',
      title: { da: 'Personlig jobformidler med kendskab til arbejdsmarkedet', en: 'A personal job broker who knows the labour market' },
      description:
        'Borgeren har én gennemgående jobformidler, som er til at få fat i, koordinerer med de andre aktører omkring borgeren og både kender borgeren og de lokale virksomheder.',
      source: ref('000', '4.2'),
      rules: [
        {
          id: 'ke2.job-broker',
          type: 'staff_role_assigned',
          title: { da: 'Personlig jobformidler tilknyttet', en: 'Personal job broker assigned' },
          description: 'Borgeren har en personlig jobformidler; bliver rollen ledig, skal en ny tilknyttes inden for fristen.',
          source: ref('000', '4.2'),
          appliesTo: group1,
          role: 'job_broker',
          params: { days: inDays(14, [0, 60], 'product_default', ref('000', '4.2', 'kilden sætter ingen frist')) },
        },
        {
          id: 'ke2.contact',
          type: 'last_contact_within_days',
          title: { da: 'Samtale med borgeren', en: 'Conversation with the citizen' },
          description: 'Der har været en samtale med borgeren inden for det fastsatte interval. Telefon og sms tæller ikke med her.',
          source: ref('000', '4.2.2'),
          appliesTo: group1,
          kinds: [...conversationKinds],
          params: { days: inDays(42, [7, 90], 'observed', ref('000', '4.2.2', 'casekommunerne holdt samtaler hver 4.-6. uge i gennemsnit', [4, 6])) },
        },
        {
          id: 'ke2.same-broker',
          type: 'staff_continuity',
          title: { da: 'Gennemgående jobformidler', en: 'The same job broker throughout' },
          description: 'Borgeren har den samme personlige jobformidler gennem hele forløbet; et skift er en advarsel, ikke en frist.',
          source: ref('000', '4.2', 'én gennemgående jobformidler; §4.2.1 om kontinuitet i tilknytningen'),
          appliesTo: group1,
          role: 'job_broker',
          params: { maxChanges: count(0, [0, 5], 'product_default', ref('000', '4.2', 'kilden angiver ikke, hvor mange skift der kan accepteres')) },
        },
      ],
      fidelity: [
        { id: 'ke2.f1', statement: 'Borgeren har den samme personlige jobformidler gennem hele forløbet.' },
        { id: 'ke2.f2', statement: 'Borgeren kan let komme i kontakt med sin jobformidler.' },
        { id: 'ke2.f3', statement: 'Jobformidleren koordinerer med de øvrige aktører omkring borgeren.' },
        { id: 'ke2.f4', statement: 'Jobformidleren bruger sin viden om det lokale arbejdsmarked i samarbejdet med borgeren.' },
      ],
    },
    {
      id: 'KE3',
      kind: 'core_element',
      title: { da: 'Individuelt jobmatch med kolleger og opgaver, der kan vokse', en: 'An individual job match with colleagues and tasks that can grow' },
      description:
        'Jobformidleren hjælper borgeren med at gøre jobmålet konkret, og sammen opsøger de arbejdspladser, der passer. Virksomheden skal være villig til at arbejde hen imod (flere) ordinære timer.',
      source: ref('000', '4.3'),
      rules: [],
      fidelity: [
        { id: 'ke3.f1', statement: 'Jobformidleren hjælper borgeren med at gøre jobmålet konkret.' },
        { id: 'ke3.f2', statement: 'Jobformidler og borger kontakter sammen relevante virksomheder.' },
        { id: 'ke3.f3', statement: 'Der vælges virksomheder, som er villige til at arbejde hen imod ordinære timer.' },
      ],
    },
    {
      id: 'KE4',
      kind: 'core_element',
      title: { da: 'Klar aftale om timer, opgaver, opfølgning og ordinære timer', en: 'A clear agreement on hours, tasks, follow-up and ordinary hours' },
      description:
        'Før borgeren starter, aftales opgaver, arbejdstid, delmål for progression, mulighed for lønnede timer, hensyn til helbred, en fast kontaktperson på virksomheden og en plan for opfølgning. Ordinære timer tages op så tidligt som muligt, gerne som en hensigtserklæring i aftalen.',
      source: ref('000', '4.4'),
      rules: [
        {
          id: 'ke4.agreement',
          type: 'work_agreement_ordinary_hours',
          title: { da: 'Arbejdsaftale med ordinære timer', en: 'Work agreement with ordinary hours' },
          description: 'Hvert virksomhedsforløb har en arbejdsaftale med en aftale om ordinære timer eller en hensigtserklæring herom, indgået senest ved start.',
          source: ref('000', '4.4'),
          appliesTo: group1,
          placementTypes: [...companyPlacements, ...ordinaryWorkPlacements],
          params: { daysAfterStart: inDays(0, [0, 14], 'requirement', ref('000', '4.4', 'aftalen indgås, før forløbet på virksomheden begynder')) },
        },
      ],
      fidelity: [
        { id: 'ke4.f1', statement: 'Der indgås en arbejdsaftale, før borgeren starter på virksomheden.' },
        { id: 'ke4.f2', statement: 'Arbejdsaftalen beskriver opgaver, arbejdstid og delmål for progression.' },
        { id: 'ke4.f3', statement: 'Arbejdsaftalen indeholder ordinære timer eller en hensigtserklæring om ordinære timer.' },
        { id: 'ke4.f4', statement: 'Borgeren har en fast kontaktperson på virksomheden.' },
      ],
    },
    {
      id: 'KE5',
      kind: 'core_element',
      title: { da: 'Ressourcefokuseret tilgang', en: 'A resource-focused approach' },
      description:
        'Jobformidleren tager udgangspunkt i borgerens ressourcer og hjælper borgeren med at håndtere de barrierer, borgeren selv oplever. Der er plads til fleksibilitet i tid, sted og indhold og til at bruge fx mentor, hjælpemidler og andre forvaltninger.',
      source: ref('000', '4.5'),
      rules: [],
      fidelity: [
        { id: 'ke5.f1', statement: 'Samarbejdet med borgeren tager udgangspunkt i borgerens ressourcer.' },
        { id: 'ke5.f2', statement: 'Jobformidleren støtter borgeren i at mestre de barrierer, borgeren oplever.' },
        { id: 'ke5.f3', statement: 'Forløbet kan tilpasses fleksibelt i tid, sted og indhold.' },
      ],
    },
    {
      id: 'KE6',
      kind: 'core_element',
      title: {
        da: 'Løbende opfølgning med fokus på fastholdelse og progression mod ordinære timer',
        en: 'Ongoing follow-up focused on retention and progression towards ordinary hours',
      },
      description:
        'Efter starten følger jobformidleren tæt op efter den aftalte opfølgningsplan: Er målet stadig det rigtige, skal delmålene justeres, er der brug for andre tilbud, og hvilke opgaver kan borgeren løse på lige fod med kollegerne og dermed få løn for.',
      source: ref('000', '4.6'),
      rules: [
        {
          id: 'ke6.follow-up',
          type: 'follow_up_interval',
          title: { da: 'Opfølgning på virksomheden', en: 'Follow-up at the company' },
          description: 'Under et virksomhedsforløb besøges virksomheden med fast interval.',
          source: ref('000', '4.6.2'),
          appliesTo: group1,
          placementTypes: [...companyPlacements, ...ordinaryWorkPlacements],
          params: { days: inDays(28, [7, 56], 'observed', ref('000', '4.6.2', 'casekommunerne besøgte typisk virksomheden hver 4. uge', [4])) },
        },
      ],
      fidelity: [
        { id: 'ke6.f1', statement: 'Jobformidleren følger tæt op på borgeren efter starten på virksomheden.' },
        { id: 'ke6.f2', statement: 'Opfølgningen har fokus på progression i ordinære timer.' },
      ],
    },
    {
      id: 'RAMMER',
      kind: 'framework',
      title: { da: 'Sagsstamme for personlige jobformidlere', en: 'Caseload of personal job brokers' },
      description: 'Fagpersonerne peger på sagsstammens størrelse som afgørende for, om de kan nå tæt relation og gode match.',
      source: ref('000', '5.1'),
      rules: [
        {
          id: 'rammer.caseload',
          type: 'caseload_max',
          severity: 'warning',
          title: { da: 'Sagsstamme pr. jobformidler', en: 'Caseload per job broker' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er personlig jobformidler i Flere skal med.',
          source: ref('000', '5.1'),
          role: 'job_broker',
          params: { max: count(47, [10, 80], 'observed', ref('000', '5.2', 'gennemsnit 47 sager ved midtvejsevalueringen (52 ved nulpunktsmålingen); også §2.2.1', [47, 52])) },
        },
      ],
      fidelity: [],
    },
  ],
  fidelityScale: ratingScale(
    5,
    { low: 'laveste grad', high: 'højeste grad' },
    4,
    'Medarbejdere og ledere vurderer hvert forhold fra 1 (laveste grad af fidelitet) til 5 (højeste grad).',
    ref('000', '4', 'note til Figur 8'),
  ),
  hoursGoal: { hours: 30, period: 'week', source: ref('000', '1', 'mindst 30 ordinære timer om ugen for indsatsgruppen') },
  successCriteria: [
    {
      id: 'fsm.result-target',
      name: { da: 'Resultatmål: virksomhedsforløb mv. i tre sammenhængende måneder', en: 'Result target: company placement etc. for three consecutive months' },
      wording:
        'Andel af kommunens indsatsgruppe (gruppe 1), som i projektperioden har været i virksomhedsforløb mv. i tre sammenhængende måneder. "Mv." omfatter virksomhedsrettet indsats (virksomhedspraktik og løntilskud), ordinære timer, overgang til ordinær uddannelse og fleksjob.',
      unit: 'percent',
      denominator: 'Borgere visiteret til gruppe 1 i kommunen',
      target: { comparison: 'at_least', value: 40 },
      source: ref('000', '3.1'),
    },
    {
      id: 'fsm.hours-aim',
      name: { da: 'Mindst 30 ordinære timer om ugen', en: 'At least 30 ordinary hours a week' },
      wording: 'Indsatsen sigter mod, at borgeren når mindst 30 ordinære løntimer om ugen.',
      unit: 'hours_per_week',
      denominator: null,
      target: { comparison: 'at_least', value: 30 },
      source: ref('000', '1'),
    },
  ],
  kpis: [
    {
      id: 'fsm.ordinary-hours',
      name: { da: 'Berørte med ordinære timer', en: 'Citizens touched by ordinary hours' },
      wording: 'Andel af gruppe 1, der fra visitationen og frem har mindst én måned med ordinære timer over 0.',
      unit: 'percent',
      denominator: 'Borgere i gruppe 1',
      source: ref('000', '3.3'),
    },
    {
      id: 'fsm.company-activity',
      name: { da: 'Virksomhedsrettet indsats', en: 'Company-oriented activity' },
      wording: 'Andel af gruppe 1, der efter visitationen har været i virksomhedspraktik eller løntilskud.',
      unit: 'percent',
      denominator: 'Borgere i gruppe 1',
      source: ref('000', '3.4'),
    },
    {
      id: 'fsm.change-index',
      name: { da: 'Udviklingsindeks for ordinære timer', en: 'Change index for ordinary hours' },
      wording:
        'Pr. kommune: (antal berørte med ordinære timer i projektet − antal berørte blandt de samme borgere i de to historiske år juni 2015 – juni 2017) / antal historisk berørte × 100. Beregnes ikke, når det historiske antal er 0.',
      unit: 'index',
      denominator: 'Antal historisk berørte (jun. 2015 – jun. 2017)',
      source: ref('000', '3.3', 'Figur 6 med note'),
    },
    {
      id: 'fsm.cv-share',
      name: { da: 'Andel med CV', en: 'Share with a CV' },
      wording: 'Andel af gruppe 1, der har et CV.',
      unit: 'percent',
      denominator: 'Borgere i gruppe 1',
      source: ref('000', '4.1.1'),
    },
    {
      id: 'fsm.job-broker-share',
      name: { da: 'Andel med personlig jobformidler', en: 'Share with a personal job broker' },
      wording: 'Andel af gruppe 1, der har en personlig jobformidler.',
      unit: 'percent',
      denominator: 'Borgere i gruppe 1',
      source: ref('000', '4.2'),
    },
    {
      id: 'fsm.agreement-hours-share',
      name: { da: 'Arbejdsaftaler med ordinære timer', en: 'Work agreements with ordinary hours' },
      wording: 'Andel af arbejdsaftaler for gruppe 1, der indeholder ordinære timer eller en hensigtserklæring om ordinære timer.',
      unit: 'percent',
      denominator: 'Arbejdsaftaler for borgere i gruppe 1',
      source: ref('000', '4.4.3'),
    },
    {
      id: 'fsm.caseload',
      name: { da: 'Gennemsnitlig sagsstamme', en: 'Average caseload' },
      wording: 'Gennemsnitligt antal forløb pr. personlig jobformidler.',
      unit: 'count',
      denominator: 'Personlige jobformidlere med forløb i Flere skal med',
      source: ref('000', '5.2', [47, 52]),
    },
  ],
};

export default definition;
