/**
 * Særlig Tilrettelagt Virksomhedsforløb, STV (seed 001, casestudier sep.
 * 2019). The report gives the eight minimum requirements and practice in the
 * four best job centres; every number here is observed practice, not a rule.
 */
import { agreementScale, companyPlacements, count, flag, inDays, ordinaryWorkPlacements, ref, type ModelDefinitionInput } from './helpers.ts';

const observedCaseloads = 'sagsstammer i de fire casejobcentre';

const definition: ModelDefinitionInput = {
  id: 'stv',
  version: '1.0.0',
  name: { da: 'Særlig Tilrettelagt Virksomhedsforløb', en: 'Specially Arranged Company Courses' },
  shortName: 'STV',
  source: ref('001', '1'),
  description:
    'STAR-projekt, afsluttet med udgangen af 2018, der skulle øge den virksomhedsrettede indsats og de ordinære timer for aktivitetsparate kontanthjælpsmodtagere (AK) og borgere i ressourceforløb (RF). ' +
    'Indsatsen er beskrevet som tre spor med otte minimumskrav. Praksis er hentet fra de fire jobcentre med størst fremgang: Nyborg, Frederikshavn, Greve og Favrskov.',
  targetGroup: {
    description: 'Aktivitetsparate kontanthjælpsmodtagere og borgere i ressourceforløb, der er henvist til STV.',
    rules: [
      {
        id: 'ak-or-rf',
        type: 'any_of',
        explanation: 'Borgeren er aktivitetsparat kontanthjælpsmodtager eller i ressourceforløb.',
        source: ref('001', '1'),
        rules: [
          {
            id: 'ak',
            type: 'all_of',
            explanation: 'Aktivitetsparat kontanthjælpsmodtager.',
            source: ref('001', '1'),
            rules: [
              { id: 'ak.benefit', type: 'benefit_type', types: ['kontanthjaelp'], explanation: 'Borgeren modtager kontanthjælp.', source: ref('001', '1') },
              { id: 'ak.readiness', type: 'readiness', categories: ['aktivitetsparat'], explanation: 'Borgeren er aktivitetsparat.', source: ref('001', '1') },
            ],
          },
          { id: 'rf', type: 'programme', programme: 'ressourceforloeb', member: true, explanation: 'Borgeren er i ressourceforløb.', source: ref('001', '1') },
        ],
      },
    ],
  },
  visitation: {
    method: 'track',
    description: 'Borgeren følges i det spor, der svarer til ydelsen: aktivitetsparat kontanthjælp (AK) eller ressourceforløb (RF).',
    source: ref('001', '1'),
    groups: [
      {
        id: 'AK',
        name: { da: 'Aktivitetsparate kontanthjælpsmodtagere', en: 'Activity-ready cash-benefit recipients' },
        description: 'Borgere på kontanthjælp, der er visiteret som aktivitetsparate.',
        participates: true,
      },
      {
        id: 'RF',
        name: { da: 'Borgere i ressourceforløb', en: 'Citizens in a resource programme' },
        description: 'Borgere, der har fået tilkendt et ressourceforløb; virksomhedskonsulenten kommer ind, så snart forløbet er tilkendt.',
        participates: true,
      },
    ],
  },
  initialPhase: 'jobmaal-og-match',
  staffRoles: ['caseworker', 'company_consultant', 'mentor'],
  phases: [
    {
      id: 'jobmaal-og-match',
      name: { da: 'Jobmål og match', en: 'Job goal and match' },
      description: 'Sagsbehandler og virksomhedskonsulent afdækker borgerens ressourcer og jobmål, laver CV og finder et meningsfuldt match.',
      source: ref('001', '2.2.3', 'faserne er afledt af spor 3; rapporten opdeler ikke selv forløbet i faser'),
      entry: [],
      exit: [{ kind: 'placement_active' }],
    },
    {
      id: 'virksomhedsforloeb',
      name: { da: 'Virksomhedsforløb', en: 'Company placement' },
      description: 'Borgeren er på en virksomhed med delmål for progression og løbende opfølgning, og der presses på for lønnede timer, når opgaverne løses godt.',
      source: ref('001', '2.2.3'),
      entry: [{ kind: 'placement_active' }],
      exit: [],
    },
  ],
  transitions: [
    { from: 'jobmaal-og-match', to: 'virksomhedsforloeb', description: 'Borgeren er startet på en virksomhed.', when: [] },
    {
      from: 'virksomhedsforloeb',
      to: 'jobmaal-og-match',
      description: 'Forløbet er stoppet, fx fordi virksomheden ikke vil betale løn for opgaver, borgeren løser; der findes et nyt match.',
      when: [{ kind: 'placement_ended' }],
      source: ref('001', '2.2.3', '3B'),
    },
  ],
  coreElements: [
    {
      id: '1A',
      kind: 'core_element',
      title: { da: 'Ledelsen prioriterer den virksomhedsrettede indsats', en: 'Management prioritises company-oriented work' },
      description:
        'Ledelsen afsætter tid og ressourcer, går forrest i kulturforandringen og sikrer effektive rammer: en tæt samarbejdskæde omkring borgeren med klar arbejds- og ansvarsfordeling mellem sagsbehandler og virksomhedskonsulent og lave sagsstammer.',
      source: ref('001', '2.2.1'),
      rules: [
        {
          id: '1a.caseload-s-rf',
          type: 'caseload_max',
          title: { da: 'Sagsstamme, sagsbehandler for RF', en: 'Caseload, caseworker for RF' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er sagsbehandler i STV-forløb i RF-sporet.',
          source: ref('001', '2.2.1'),
          appliesTo: { groups: ['RF'] },
          role: 'caseworker',
          params: { max: count(35, [10, 80], 'observed', ref('001', '2.2.1', `${observedCaseloads}: S (RF) 35 i case 3 og 4`, [35])) },
        },
        {
          id: '1a.caseload-s-ak',
          type: 'caseload_max',
          title: { da: 'Sagsstamme, sagsbehandler for AK', en: 'Caseload, caseworker for AK' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er sagsbehandler i STV-forløb i AK-sporet.',
          source: ref('001', '2.2.1'),
          appliesTo: { groups: ['AK'] },
          role: 'caseworker',
          params: {
            max: count(
              45,
              [10, 80],
              'observed',
              ref('001', '2.2.1', `${observedCaseloads}: S (AK) 45-65; ledelsen i case 3 kaldte 60-65 for mange, så standarden er den laveste observerede værdi`, [45, 60, 65]),
            ),
          },
        },
        {
          id: '1a.caseload-vk',
          type: 'caseload_max',
          title: { da: 'Sagsstamme, virksomhedskonsulent', en: 'Caseload, company consultant' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er virksomhedskonsulent i STV.',
          source: ref('001', '2.2.1'),
          role: 'company_consultant',
          params: { max: count(35, [10, 80], 'observed', ref('001', '2.2.1', `${observedCaseloads}: VK 30-35`, [30, 35])) },
        },
      ],
      fidelity: [
        { id: '1a.f1', statement: 'Ledelsen prioriterer den virksomhedsrettede indsats for udsatte borgere.' },
        { id: '1a.f2', statement: 'Der er en klar arbejds- og ansvarsfordeling mellem sagsbehandler og virksomhedskonsulent omkring borgeren.' },
      ],
    },
    {
      id: '1B',
      kind: 'core_element',
      title: { da: 'Sagsbehandlere og teamledere kan se resultaterne af deres arbejde', en: 'Caseworkers and team leaders can see the results of their work' },
      description: 'Projektets mål omsættes til tal på medarbejder- og teamniveau, fx personlige dashboards med sagsstamme og teamresultater og månedlige måltal.',
      source: ref('001', '2.2.1'),
      rules: [],
      fidelity: [{ id: '1b.f1', statement: 'Jeg kan løbende se resultaterne for min egen sagsstamme og for teamet.' }],
    },
    {
      id: '1C',
      kind: 'core_element',
      title: { da: 'Branchekendskab og viden om det lokale arbejdsmarked', en: 'Knowledge of industries and the local labour market' },
      description: 'Medarbejderne kender brancherne og de lokale jobåbninger, fx gennem faste møder om jobordrer og viden fra virksomhedskonsulenterne.',
      source: ref('001', '2.2.1'),
      rules: [],
      fidelity: [{ id: '1c.f1', statement: 'Medarbejderne har viden om brancher og det lokale arbejdsmarked.' }],
    },
    {
      id: '2A',
      kind: 'core_element',
      title: { da: 'Det opsøgende virksomhedsarbejde prioriteres', en: 'Outreach to companies is prioritised' },
      description: 'Virksomhedskonsulenterne har tid og redskaber til at opsøge nye virksomheder og åbne døre for borgerne.',
      source: ref('001', '2.2.2'),
      rules: [],
      fidelity: [{ id: '2a.f1', statement: 'Der er tid og redskaber til opsøgende arbejde over for virksomheder.' }],
    },
    {
      id: '2B',
      kind: 'core_element',
      title: { da: 'Samarbejdsaftaler med virksomheder', en: 'Cooperation agreements with companies' },
      description: 'Kommunen indgår aftaler med virksomheder. I ét casejobcenter er aftalerne lavet om, så virksomheden skal være parat til at lønne ordinært, i det omfang borgeren kan løse opgaverne.',
      source: ref('001', '2.2.2'),
      rules: [],
      fidelity: [{ id: '2b.f1', statement: 'Samarbejdsaftalerne med virksomhederne lægger op til ordinære timer.' }],
    },
    {
      id: '3A',
      kind: 'core_element',
      title: { da: 'Borgerens jobmål sætter retning', en: "The citizen's job goal sets the direction" },
      description: 'Indsatsen tager udgangspunkt i borgerens ønsker og jobmål; CV bruges over for virksomhedskonsulenten og virksomhederne til at skabe match.',
      source: ref('001', '2.2.3'),
      rules: [
        {
          id: '3a.cv',
          type: 'cv_within_days',
          title: { da: 'CV', en: 'CV' },
          description: 'Borgeren har et CV, der kan bruges til at skabe match.',
          source: ref('001', '2.2.3'),
          anchor: 'enrolment',
          params: { days: inDays(30, [7, 180], 'product_default', ref('001', '2.2.3', 'CV til alle er målet i case 4; ingen frist i kilden')) },
        },
        {
          id: '3a.job-goal',
          type: 'job_goal_within_days',
          title: { da: 'Jobmål', en: 'Job goal' },
          description: 'Borgeren har et jobmål eller jobønske, der kan sætte retning; det behøver ikke være konkret fra start.',
          source: ref('001', '2.2.3'),
          anchor: 'enrolment',
          requireConcrete: false,
          params: { days: inDays(30, [7, 180], 'product_default', ref('001', '2.2.3', 'kilden sætter ingen frist')) },
        },
      ],
      fidelity: [{ id: '3a.f1', statement: 'Borgerens eget jobmål sætter retningen for indsatsen.' }],
    },
    {
      id: '3B',
      kind: 'core_element',
      title: { da: 'Progression og delmål i virksomhedsforløbet', en: 'Progression and sub-goals in the placement' },
      description:
        'Ved starten aftales arbejdstid, mål for progression og opfølgning, og ordinære timer nævnes fra første møde med virksomheden. Et forløb uden udsigt til løn kan stoppes, og der findes et nyt match.',
      source: ref('001', '2.2.3'),
      rules: [
        {
          id: '3b.agreement',
          type: 'work_agreement_ordinary_hours',
          title: { da: 'Aftale om virksomhedsforløbet', en: 'Agreement on the company placement' },
          description:
            'Hvert virksomhedsforløb har en aftale om arbejdstid, mål for progression og opfølgning, indgået senest ved start. Kommunen kan vælge også at kræve ordinære timer eller en hensigtserklæring i aftalen.',
          source: ref('001', '2.2.3'),
          placementTypes: [...companyPlacements],
          params: {
            daysAfterStart: inDays(0, [0, 28], 'observed', ref('001', '2.2.3', 'case 3 indgår aftalen indledningsvis og sender den til virksomheden')),
            ordinaryHoursClause: flag(0, 'observed', ref('001', '2.2.3', 'case 3 aftaler arbejdstid, mål om progression og opfølgning; ordinære timer tales op, men er ikke et krav i aftalen')),
          },
        },
      ],
      fidelity: [{ id: '3b.f1', statement: 'Der arbejdes med delmål og progression mod lønnede timer i virksomhedsforløbene.' }],
    },
    {
      id: '3C',
      kind: 'core_element',
      title: { da: 'Løbende opfølgning med mentorstøtte', en: 'Ongoing follow-up with mentor support' },
      description: 'Der følges op på virksomheden med fast kadence og efter behov, og der bruges social mentor, virksomhedsmentor eller virksomhedskonsulenten som mentor.',
      source: ref('001', '2.2.3'),
      rules: [
        {
          id: '3c.follow-up',
          type: 'follow_up_interval',
          title: { da: 'Opfølgning på virksomheden', en: 'Follow-up at the company' },
          description: 'Under et virksomhedsforløb følges der op på virksomheden med fast interval.',
          source: ref('001', '2.2.3'),
          placementTypes: [...companyPlacements, ...ordinaryWorkPlacements],
          params: { days: inDays(28, [7, 56], 'observed', ref('001', '2.2.3', 'ca. hver 3. uge (case 1) og hver 4. uge (case 2)', [3, 4])) },
        },
      ],
      fidelity: [{ id: '3c.f1', statement: 'Borgere i virksomhedsforløb får løbende opfølgning og mentorstøtte efter behov.' }],
    },
  ],
  fidelityScale: agreementScale(ref('001', '1', 'rapporten henviser til surveys om kerneelementerne uden at gengive skalaen; femtrinsskalaen er Jobspors valg')),
  successCriteria: [
    {
      id: 'stv.company-activity',
      name: { da: 'Virksomhedsrettet indsats', en: 'Company-oriented activity' },
      wording: 'Andel af målgruppen (AK og RF), der deltager i virksomhedsrettet indsats, sammenlignet med nulpunktsanalysen.',
      unit: 'percent',
      denominator: 'Borgere i STV-målgruppen',
      source: ref('001', '1'),
    },
    {
      id: 'stv.ordinary-hours',
      name: { da: 'Ordinære timer', en: 'Ordinary hours' },
      wording: 'Andel af målgruppen (AK og RF), der opnår ordinære timer, sammenlignet med nulpunktsanalysen.',
      unit: 'percent',
      denominator: 'Borgere i STV-målgruppen',
      source: ref('001', '1'),
    },
  ],
  kpis: [
    {
      id: 'stv.cv-share',
      name: { da: 'Andel med CV', en: 'Share with a CV' },
      wording: 'Andel af borgerne i medarbejderens sagsstamme, der har et CV.',
      unit: 'percent',
      denominator: 'Borgere i sagsstammen',
      source: ref('001', '2.2.1', '1B, dashboards i case 4'),
    },
    {
      id: 'stv.in-company',
      name: { da: 'Andel i gang på en virksomhed', en: 'Share active at a company' },
      wording: 'Andel af borgerne i medarbejderens sagsstamme, der er i gang på en virksomhed.',
      unit: 'percent',
      denominator: 'Borgere i sagsstammen',
      source: ref('001', '2.2.1', '1B, dashboards i case 4'),
    },
  ],
};

export default definition;
