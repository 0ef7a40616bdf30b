/**
 * Projekt Bedre Ressourceforløb (seed 003, afsluttende evaluering sep. 2019):
 * the JobFirst method for citizens on the way to or in a ressourceforløb.
 * Time limits and caseloads are the practice of the best municipalities.
 */
import { agreementScale, count, inDays, inWeeks, ref, type ModelDefinitionInput } from './helpers.ts';

const learning = '003 §4.4, "Læring fra succeskommuner"';

const definition: ModelDefinitionInput = {
  id: 'bedre-ressourceforloeb',
  version: '1.0.0',
  name: { da: 'Projekt Bedre Ressourceforløb', en: 'Better Resource Programmes' },
  shortName: 'BRF',
  source: ref('003', '1.1'),
  description:
    'Implementeringsprojekt i 17 kommuner (dec. 2016 – udgangen af 2018), der bringer JobFirst-metoden ind i ressourceforløb. ' +
    'Forløbet følges fra forberedelsen af sagen, over mødet i rehabiliteringsteamet, til ressourceforløbet er gennemført, med borgerinddragelse og virksomhedsrettet indsats hele vejen. ' +
    'Modellen har tre spor og syv kerneelementer.',
  targetGroup: {
    description: 'Borgere, hvis sag forberedes til rehabiliteringsteamet med et ressourceforløb for øje, og borgere i ressourceforløb.',
    rules: [
      {
        id: 'on-the-way-or-in',
        type: 'any_of',
        explanation:
          'Borgeren er i ressourceforløb eller modtager en ydelse, hvorfra sagen forberedes til rehabiliteringsteamet. At et ressourceforløb er forventet, er sagsbehandlerens vurdering og indgår ikke i tjekket.',
        source: ref('003', '1.1'),
        rules: [
          { id: 'in-rf', type: 'programme', programme: 'ressourceforloeb', member: true, explanation: 'Borgeren er i ressourceforløb.', source: ref('003', '1.1') },
          {
            id: 'preparing',
            type: 'benefit_type',
            types: ['kontanthjaelp', 'uddannelseshjaelp', 'sygedagpenge'],
            explanation: 'Borgeren modtager en ydelse, hvorfra sagen kan forelægges rehabiliteringsteamet.',
            source: ref('003', '1.1', 'ydelserne er Jobspors afgrænsning; kilden nævner kun borgere på vej mod ressourceforløb'),
          },
        ],
      },
    ],
  },
  initialPhase: 'forberedelse',
  staffRoles: ['caseworker', 'company_consultant', 'mentor'],
  phases: [
    {
      id: 'forberedelse',
      name: { da: 'Forberedelse af sagen', en: 'Preparing the case' },
      description: 'Sagen forberedes sammen med borgeren efter kommunens drejebog; CV og kompetenceafdækning laves, og virksomhedskonsulenten er med fra starten.',
      source: ref('003', '4.3'),
      entry: [{ kind: 'milestone_reached', milestone: 'rehab_preparation_start' }],
      exit: [{ kind: 'milestone_reached', milestone: 'rehab_team_meeting' }],
    },
    {
      id: 'rehabiliteringsteam',
      name: { da: 'Møde i rehabiliteringsteamet', en: 'Rehabilitation team meeting' },
      description: 'Borgeren fremlægger gerne selv sin plan for teamet, hvor også en virksomhedskonsulent sidder.',
      source: ref('003', '4.3'),
      entry: [{ kind: 'milestone_reached', milestone: 'rehab_team_meeting' }],
      exit: [{ kind: 'milestone_reached', milestone: 'rehab_recommendation_handed_over' }],
    },
    {
      id: 'indstilling',
      name: { da: 'Indstilling', en: 'Recommendation' },
      description: 'Teamets indstilling gives til borgeren, og første møde med sagsbehandleren holdes kort efter.',
      source: ref('003', '4.4'),
      entry: [{ kind: 'milestone_reached', milestone: 'rehab_recommendation_handed_over' }],
      exit: [{ kind: 'milestone_reached', milestone: 'rehab_first_caseworker_meeting' }],
    },
    {
      id: 'ressourceforloeb',
      name: { da: 'Ressourceforløb', en: 'Resource programme' },
      description:
        'Selve ressourceforløbet med indsatsplan, CV, virksomhedsrettet indsats og tæt kontakt, især i starten. Jobspor regner forløbet for begyndt ved første møde med sagsbehandleren efter teammødet.',
      source: ref('003', '4.4'),
      entry: [{ kind: 'milestone_reached', milestone: 'rehab_first_caseworker_meeting' }],
      exit: [],
    },
  ],
  transitions: [
    { from: 'forberedelse', to: 'rehabiliteringsteam', description: 'Sagen er forelagt rehabiliteringsteamet.', when: [] },
    { from: 'rehabiliteringsteam', to: 'indstilling', description: 'Indstillingen er udleveret til borgeren.', when: [] },
    { from: 'indstilling', to: 'ressourceforloeb', description: 'Første møde med sagsbehandleren er holdt.', when: [] },
  ],
  coreElements: [
    {
      id: '1A',
      kind: 'core_element',
      title: { da: 'Drejebog for borgerinddragelse', en: 'A playbook for involving the citizen' },
      description:
        'Kommunen laver og bruger en drejebog for, hvordan borgeren inddrages i forberedelsen af sagen til rehabiliteringsteamet, så borgeren er tryg, tager ejerskab og arbejder jobrettet.',
      source: ref('003', '1.2'),
      rules: [],
      fidelity: [
        { id: '1a.f1', statement: 'Vi har en systematisk tilgang til forberedelsen af sagen, som inddrager borgeren.' },
        { id: '1a.f2', statement: 'Jeg er klar til og har kompetencerne til at inddrage borgeren og sætte fokus på job og uddannelse.' },
      ],
    },
    {
      id: '2A',
      kind: 'core_element',
      title: { da: 'Virksomhedskonsulent i rehabiliteringsteamet', en: 'A company consultant in the rehabilitation team' },
      description: 'En virksomhedskonsulent deltager i rehabiliteringsteamet og er med allerede i forberedelsen, så job og uddannelse er i fokus.',
      source: ref('003', '1.2'),
      rules: [
        {
          id: '2a.consultant',
          type: 'staff_role_assigned',
          title: { da: 'Virksomhedskonsulent med fra forberedelsen', en: 'Company consultant involved from the preparation' },
          description: 'En virksomhedskonsulent er tilknyttet forløbet inden for fristen efter forløbsstart.',
          source: ref('003', '4.4'),
          role: 'company_consultant',
          params: { days: inDays(28, [0, 84], 'product_default', ref('003', '4.4', 'virksomhedskonsulenten skal ind allerede i forberedelsen; kilden angiver ingen frist')) },
        },
        {
          id: '2a.consultant-at-meeting',
          type: 'meeting_attendance',
          title: { da: 'Virksomhedskonsulent på teammødet', en: 'Company consultant at the team meeting' },
          description: 'En virksomhedskonsulent deltager i mødet i rehabiliteringsteamet.',
          source: ref('003', '1.2', 'kerneelement 2A: en virksomhedskonsulent deltager i rehabiliteringsteamet'),
          kind: 'rehabilitation_team',
          milestone: 'rehab_team_meeting',
          roles: ['company_consultant'],
          params: {},
        },
      ],
      fidelity: [{ id: '2a.f1', statement: 'Indstillingerne til ressourceforløb har et tydeligt fokus på job- og uddannelsesmål.' }],
    },
    {
      id: '2B',
      kind: 'core_element',
      title: { da: 'CV og indsatsplan udarbejdes sammen med borgeren', en: 'CV and action plan made with the citizen' },
      description: 'CV og kompetenceafdækning laves før mødet i rehabiliteringsteamet, og indsatsplanen med et klart job- eller uddannelsesmål laves sammen med borgeren.',
      source: ref('003', '1.2'),
      rules: [
        {
          id: '2b.cv',
          type: 'cv_before_milestone',
          title: { da: 'CV før rehabiliteringsteamet', en: 'CV before the rehabilitation team' },
          description: 'Borgeren har et CV, der synliggør ressourcer, erfaringer og evner, senest på dagen for mødet i rehabiliteringsteamet.',
          source: ref('003', '4.4', 'CV og kompetenceafdækning laves før mødet i rehabiliteringsteamet'),
          milestone: 'rehab_team_meeting',
          params: {},
        },
        {
          id: '2b.plan',
          type: 'plan_within_days',
          title: { da: 'Indsatsplan', en: 'Action plan' },
          description: 'Der er lavet en indsatsplan sammen med borgeren efter mødet i rehabiliteringsteamet.',
          source: ref('003', '4.4'),
          anchor: 'rehab_team_meeting',
          params: {
            days: inDays(14, [1, 60], 'product_default', ref('003', '4.4', 'kilden angiver ingen frist; standarden følger fristen for første møde med sagsbehandleren (1-2 uger)')),
          },
        },
      ],
      fidelity: [
        { id: '2b.f1', statement: 'Indsatsplanen laves sammen med borgeren og har et klart job- eller uddannelsesmål.' },
        { id: '2b.f2', statement: 'Borgeren har fra start et CV, der synliggør ressourcer, erfaringer og evner, og det justeres løbende.' },
      ],
    },
    {
      id: '2C',
      kind: 'core_element',
      title: { da: 'Kortere sagsbehandlingstider og hurtigere indsats', en: 'Shorter processing times and a faster start' },
      description: 'Arbejdsgangene skaber flow fra forberedelsen til ressourceforløbet er i gang: kort forberedelse, indstillingen hurtigt til borgeren og første møde med sagsbehandleren kort efter teammødet.',
      source: ref('003', '1.2'),
      rules: [
        {
          id: '2c.preparation',
          type: 'milestone_within',
          title: { da: 'Forberedelse højst 12 uger', en: 'Preparation at most 12 weeks' },
          description: 'Sagen forelægges rehabiliteringsteamet senest 12 uger efter, at forberedelsen begyndte.',
          source: ref('003', '4.4'),
          from: 'rehab_preparation_start',
          to: 'rehab_team_meeting',
          params: { limit: inWeeks(12, [4, 26], 'recommendation', ref('003', '4.4', `${learning}: maks. 10-12 uger i forberedelsen`, [10, 12])) },
        },
        {
          id: '2c.recommendation',
          type: 'milestone_within',
          title: { da: 'Indstillingen udleveres samme dag eller dagen efter', en: 'Recommendation handed over the same or the next day' },
          description: 'Borgeren får teamets indstilling senest dagen efter mødet.',
          source: ref('003', '4.4'),
          from: 'rehab_team_meeting',
          to: 'rehab_recommendation_handed_over',
          params: { limit: inDays(1, [0, 14], 'recommendation', ref('003', '4.4', `${learning}: samme dag eller dagen efter mødet`)) },
        },
        {
          id: '2c.first-meeting',
          type: 'milestone_within',
          title: { da: 'Første møde med sagsbehandleren inden for 2 uger', en: 'First caseworker meeting within 2 weeks' },
          description: 'Første møde med sagsbehandleren holdes senest 14 dage efter mødet i rehabiliteringsteamet.',
          source: ref('003', '4.4'),
          from: 'rehab_team_meeting',
          to: 'rehab_first_caseworker_meeting',
          params: { limit: inDays(14, [1, 42], 'recommendation', ref('003', '4.4', `${learning}: 1-2 uger efter teammødet`, [1, 2])) },
        },
      ],
      fidelity: [],
    },
    {
      id: '2D',
      kind: 'core_element',
      title: { da: 'Systematisk opfølgning på indsatsplanen sammen med borgeren', en: 'Systematic follow-up on the action plan with the citizen' },
      description: 'Indsatsplanen følges op og opdateres løbende sammen med borgeren, så indsatsen justeres efter borgerens mål.',
      source: ref('003', '1.2'),
      rules: [],
      fidelity: [{ id: '2d.f1', statement: 'Indsatsplanen følges systematisk op og opdateres sammen med borgeren.' }],
    },
    {
      id: '3A',
      kind: 'core_element',
      title: { da: 'Måltal for virksomhedsindsats, ordinære timer og mentorstøtte', en: 'Targets for company activity, ordinary hours and mentor support' },
      description: 'Kommunen sætter måltal, bryder dem ned i delmål og følger dem i realtid, synligt for ledere og medarbejdere, fx på månedlige tavlemøder.',
      source: ref('003', '1.2'),
      rules: [],
      fidelity: [],
    },
    {
      id: '3B',
      kind: 'core_element',
      title: { da: 'Gode match mellem borgere og virksomheder', en: 'Good matches between citizens and companies' },
      description:
        'Virksomhedskonsulenten finder match, der giver borgeren mulighed for progression mod egne mål, og følger op med et fast skema for udvikling i opgaver, stabilitet, selvstændighed, samarbejde og fremtræden siden sidste opfølgning.',
      source: ref('003', '1.2'),
      rules: [],
      fidelity: [{ id: '3b.f1', statement: 'Kommunen understøtter gode match mellem borger og virksomhed og koordinerer mellem de centrale aktører.' }],
    },
    {
      id: 'ORG',
      kind: 'framework',
      title: { da: 'Organisering og internt samarbejde', en: 'Organisation and internal cooperation' },
      description: 'Sagsbehandler og virksomhedskonsulent arbejder tæt sammen i samme team og på samme adresse, med en sagsstamme, der giver tid til den enkelte.',
      source: ref('003', '4.5'),
      rules: [
        {
          id: 'org.caseload-s',
          type: 'caseload_max',
          title: { da: 'Sagsstamme, sagsbehandler', en: 'Caseload, caseworker' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er sagsbehandler i BRF.',
          source: ref('003', '4.5'),
          role: 'caseworker',
          params: { max: count(45, [10, 80], 'observed', ref('003', '4.5', 'succeskommunerne vurderer et effektivt caseload til 35-45 sager', [35, 45])) },
        },
        {
          id: 'org.caseload-vk',
          type: 'caseload_max',
          title: { da: 'Sagsstamme, virksomhedskonsulent', en: 'Caseload, company consultant' },
          description: 'Hele sagsstammen (borgere i aktive forløb i alle modeller) for en medarbejder, der er virksomhedskonsulent i BRF.',
          source: ref('003', '4.5'),
          role: 'company_consultant',
          params: { max: count(45, [10, 80], 'observed', ref('003', '4.5', 'succeskommunerne vurderer et effektivt caseload til 35-45 sager', [35, 45])) },
        },
      ],
      fidelity: [],
    },
  ],
  fidelityScale: agreementScale(ref('003', '3.1', 'fideliteten er andelen, der svarer enig eller helt enig')),
  successCriteria: [
    {
      id: 'brf.placement-effect',
      name: { da: 'Effekt på virksomhedspraktik', en: 'Effect on work placements' },
      wording:
        'Forskel-i-forskel i andelen i virksomhedspraktik: (deltagerkommuner 2017-18 − deltagerkommuner 2016) − (øvrige kommuner 2017-18 − øvrige kommuner 2016), opgjort på DREAM og eIndkomst.',
      unit: 'percentage_points',
      denominator: 'Borgere, der begynder et ressourceforløb i kohorten',
      source: ref('003', '2.1.2'),
    },
    {
      id: 'brf.ordinary-hours-effect',
      name: { da: 'Effekt på ordinære timer', en: 'Effect on ordinary hours' },
      wording: 'Forskel-i-forskel i andelen med ordinære timer mellem deltagerkommuner og øvrige kommuner, 2016- mod 2017-18-kohorten.',
      unit: 'percentage_points',
      denominator: 'Borgere, der begynder et ressourceforløb i kohorten',
      source: ref('003', '2.1.3'),
    },
    {
      id: 'brf.first-placement-hazard',
      name: { da: 'Hurtigere første praktik', en: 'Faster first placement' },
      wording: 'Hazard ratio for start af første virksomhedspraktik, deltagere mod sammenligningsgruppe.',
      unit: 'ratio',
      denominator: null,
      source: ref('003', '2.1.2'),
    },
  ],
  kpis: [
    {
      id: 'brf.preparation-weeks',
      name: { da: 'Forberedelsestid', en: 'Preparation time' },
      wording: 'Antal dage fra forberedelsen begynder til mødet i rehabiliteringsteamet.',
      unit: 'days',
      denominator: 'Sager forelagt rehabiliteringsteamet',
      source: ref('003', '4.4'),
    },
    {
      id: 'brf.recommendation-next-day',
      name: { da: 'Indstilling senest dagen efter', en: 'Recommendation by the next day' },
      wording: 'Andel af indstillinger, der er udleveret til borgeren samme dag som teammødet eller dagen efter.',
      unit: 'percent',
      denominator: 'Møder i rehabiliteringsteamet med indstilling til ressourceforløb',
      source: ref('003', '4.4'),
    },
    {
      id: 'brf.progression',
      name: { da: 'Progressionsmåling (11 spørgsmål)', en: 'Progression measure (11 questions)' },
      wording: 'Udvikling fra start til senere måling på 11 spørgsmål: 8 besvaret af borgeren og 3 af sagsbehandleren.',
      unit: 'score',
      denominator: null,
      source: ref('003', '2.1.4'),
    },
    {
      id: 'brf.fidelity-change',
      name: { da: 'Ændring i fidelitet', en: 'Change in fidelity' },
      wording:
        'Pr. kerneelement: andel enig/helt enig ved slutmålingen minus ved startmålingen. Grøn ved en stigning på mere end 5 procentpoint, gul fra -5 til +5, rød ved et fald på mere end 5.',
      unit: 'percentage_points',
      denominator: 'Besvarelser pr. måling',
      source: ref('003', '3.1'),
    },
  ],
};

export default definition;
