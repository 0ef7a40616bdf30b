/**
 * Danish text for the demo case data: the citizen's resources and barriers
 * in their own words, the goals that answer them, and short notes for
 * contacts and decisions. All of it invented for the demo.
 */

/** Resources, as the citizen puts them. */
export const resources: readonly string[] = [
  'Jeg er god til at arbejde med hænderne.',
  'Når jeg først er kommet i gang, er jeg meget mødestabil.',
  'Jeg har kørekort og kan låne min brors bil.',
  'Jeg er god til at snakke med folk og får let kontakt.',
  'Jeg er grundig og kan lide, når tingene er i orden.',
  'Jeg kan godt lide at have noget at stå op til.',
  'Jeg er god til at lave mad, også til mange.',
  'Jeg har passet tre børn og holdt styr på en travl hverdag.',
  'Jeg har erfaring fra flere job, og jeg lærer hurtigt nyt.',
  'Jeg er stærk fysisk og klarer godt tunge løft.',
  'Jeg har et godt netværk i familien, som bakker mig op.',
  'Jeg er ærlig og siger til, hvis noget ikke fungerer.',
  'Jeg er glad for at være udenfor, også når det regner.',
  'Jeg taler flere sprog og kan hjælpe andre med at forstå.',
  'Jeg vil gerne være et forbillede for mine børn.',
  'Jeg har været ædru i to år og er stolt af det.',
  'Jeg er tålmodig og god til at lytte.',
  'Jeg har styr på computer og telefon.',
];

export type BarrierKind = 'back' | 'anxiety' | 'sleep' | 'debt' | 'confidence' | 'language' | 'transport' | 'children' | 'addiction' | 'depression' | 'reading' | 'housing' | 'pain';

export interface Barrier {
  kind: BarrierKind;
  /** In the citizen's own words. */
  own: string;
  /** The same barrier as the caseworker wrote it, for the few not in the citizen's words. */
  professional: string;
  goal: { title: string; subGoals: readonly string[]; supportedBy: string };
}

export const barriers: readonly Barrier[] = [
  {
    kind: 'back',
    own: 'Jeg får ondt i ryggen, hvis jeg står op i mange timer.',
    professional: 'Kroniske lænderygsmerter; tåler ikke længerevarende stående arbejde.',
    goal: { title: 'Finde en arbejdsdag, ryggen kan holde til', subGoals: ['Tale med egen læge om skånehensyn', 'Prøve opgaver med skiftende arbejdsstillinger', 'Træne ryggen to gange om ugen'], supportedBy: 'Egen læge og jobformidler' },
  },
  {
    kind: 'anxiety',
    own: 'Jeg bliver angst, når der er mange mennesker, og så vil jeg bare hjem.',
    professional: 'Angstsymptomer i sociale sammenhænge; har tidligere afbrudt forløb.',
    goal: { title: 'Kunne være på en arbejdsplads med kolleger', subGoals: ['Tage bussen alene til praktikstedet', 'Starte med få timer på et roligt tidspunkt', 'Aftale en fast kontaktperson på arbejdspladsen'], supportedBy: 'Mentor' },
  },
  {
    kind: 'sleep',
    own: 'Jeg sover dårligt og har svært ved at komme op om morgenen.',
    professional: 'Forskudt døgnrytme; udfordringer med fremmøde om formiddagen.',
    goal: { title: 'Få en fast døgnrytme', subGoals: ['Stå op kl. 7 på hverdage', 'Gå en tur hver formiddag', 'Møde til aftaler om morgenen'], supportedBy: 'Mentor' },
  },
  {
    kind: 'debt',
    own: 'Jeg har gæld, som fylder meget, og jeg åbner ikke mine breve.',
    professional: 'Betydelig gæld til det offentlige og kreditorer; manglende overblik over økonomien.',
    goal: { title: 'Få overblik over økonomien', subGoals: ['Åbne e-Boks sammen med mentor hver uge', 'Møde hos gældsrådgivningen', 'Lave et budget'], supportedBy: 'Gældsrådgivningen i Fjordby Kommune' },
  },
  {
    kind: 'confidence',
    own: 'Jeg har ikke været på en arbejdsplads i mange år og er bange for ikke at slå til.',
    professional: 'Lang tid uden for arbejdsmarkedet; lav tiltro til egne evner.',
    goal: { title: 'Tro på, at jeg kan klare et job', subGoals: ['Besøge en arbejdsplads sammen med jobformidleren', 'Prøve en snusepraktik', 'Skrive ned, hvad der går godt hver uge'], supportedBy: 'Jobformidler' },
  },
  {
    kind: 'language',
    own: 'Mit danske er ikke så godt, især når jeg skal skrive.',
    professional: 'Begrænsede danskkundskaber, særligt skriftligt.',
    goal: { title: 'Blive bedre til dansk', subGoals: ['Starte på danskundervisning', 'Øve arbejdsdansk i praktikken', 'Kunne udfylde en timeseddel selv'], supportedBy: 'Sprogcentret' },
  },
  {
    kind: 'transport',
    own: 'Jeg har ikke kørekort, og bussen herfra går sjældent.',
    professional: 'Transportudfordringer; bor langt fra offentlig transport.',
    goal: { title: 'Kunne komme til og fra arbejde', subGoals: ['Finde en praktik, der kan nås med bus eller cykel', 'Undersøge støtte til kørekort'], supportedBy: 'Jobformidler' },
  },
  {
    kind: 'children',
    own: 'Jeg er alene med tre børn og skal kunne hente dem kl. 16.',
    professional: 'Enlig forsørger; arbejdstid skal passe med institutionernes åbningstid.',
    goal: { title: 'Få arbejde og familieliv til at hænge sammen', subGoals: ['Finde arbejdstider mellem 8 og 15', 'Aftale afhentning med netværket én dag om ugen'], supportedBy: 'Jobformidler' },
  },
  {
    kind: 'addiction',
    own: 'Jeg har haft et misbrug og er clean nu, men det er skrøbeligt.',
    professional: 'Tidligere rusmiddelproblematik; i ambulant efterbehandling.',
    goal: { title: 'Holde fast i at være clean', subGoals: ['Fortsætte samtaler i misbrugscentret', 'Have en plan for svære dage'], supportedBy: 'Rusmiddelcentret' },
  },
  {
    kind: 'depression',
    own: 'Jeg har en depression, som kommer og går, og så kan jeg ikke overskue noget.',
    professional: 'Tilbagevendende depression; i medicinsk behandling ved egen læge.',
    goal: { title: 'Kende mine tegn og sige til i tide', subGoals: ['Lave en plan for dårlige perioder med mentor', 'Fortsætte behandlingen hos lægen', 'Give arbejdspladsen besked, når det er svært'], supportedBy: 'Mentor og egen læge' },
  },
  {
    kind: 'reading',
    own: 'Jeg har svært ved at læse og skrive, og det skammer jeg mig over.',
    professional: 'Ordblindhed; har ikke fået hjælpemidler.',
    goal: { title: 'Få hjælp til læsning og skrivning', subGoals: ['Blive testet for ordblindhed', 'Få oplæsningsprogram på telefonen', 'Starte på FVU-læsning'], supportedBy: 'VUC Vestsjælland' },
  },
  {
    kind: 'housing',
    own: 'Jeg bor midlertidigt hos en ven og har ikke min egen lejlighed.',
    professional: 'Ustabil boligsituation; skrevet op til almen bolig.',
    goal: { title: 'Få en fast bolig', subGoals: ['Blive skrevet op i boligforeningerne', 'Søge boligstøtte'], supportedBy: 'Socialrådgiver' },
  },
  {
    kind: 'pain',
    own: 'Jeg har smerter i skuldrene og kan ikke løfte over hovedhøjde.',
    professional: 'Nedsat funktion i skuldre; skånehensyn ved løft.',
    goal: { title: 'Arbejde uden at få flere smerter', subGoals: ['Aftale skånehensyn med arbejdsgiveren', 'Genoptræning hos fysioterapeut'], supportedBy: 'Fysioterapeut og jobformidler' },
  },
];

/** Sub-goals of the job goal, in the order they usually happen; `title` is the concrete job, if any. */
export function jobSubGoals(title: string | null, course: string | null): string[] {
  const job = title?.toLowerCase() ?? null;
  return [
    'Lave et CV, der viser mine erfaringer',
    job ? `Besøge to arbejdspladser, der har brug for en ${job}` : 'Besøge to arbejdspladser inden for det område, jeg ønsker',
    job ? `Starte i praktik som ${job}` : 'Starte i praktik',
    ...(course ? [`Tage kurset ${course}`] : []),
    'Aftale ordinære timer med arbejdsgiveren',
  ];
}

export const hourSubGoals: readonly string[] = ['Op på 12 timer om ugen', 'Op på 20 timer om ugen', 'Få de første løntimer', 'Op på 30 timer om ugen med løn'];

/** Places of contacts. */
export const places = {
  jobcentre: 'Jobcenter Fjordby',
  outreach: 'Udkørende kontor, Solbakken',
  home: 'Borgerens hjem',
  company: 'Virksomheden',
  town: 'Gåtur i byen',
  cafe: 'Café i Holbæk',
} as const;

export const meetingNotes: readonly string[] = [
  'Opfølgende samtale. Vi gennemgik planen og justerede delmålene.',
  'Samtale om jobmålet. Borgeren er mere sikker på retningen nu.',
  'Vi talte om, hvad der skal til for at komme i gang på en arbejdsplads.',
  'Borgeren fortæller, at det går bedre med søvnen. Aftalt at fortsætte med faste morgenrutiner.',
  'Gennemgik CV sammen, tilføjede erfaring og kurser.',
  'Samtale om økonomien; borgeren har haft møde med gældsrådgivningen.',
  'Borgeren har haft en hård periode. Vi aftalte kortere og hyppigere kontakt.',
  'Vi kiggede på jobopslag sammen og fandt to virksomheder, borgeren gerne vil besøge.',
  'Opfølgning på helbredet. Borgeren har været hos egen læge og fået skånehensyn beskrevet.',
  'God samtale. Borgeren er motiveret og vil gerne have flere timer.',
];

export const phoneNotes: readonly string[] = [
  'Kort telefonopfølgning. Det går fint.',
  'Ringede for at høre, hvordan den første uge er gået.',
  'Borgeren ringede og bad om at flytte samtalen.',
  'Telefonisk opfølgning på aftalen fra sidst; borgeren har kontaktet virksomheden.',
  'Ringede; borgeren er syg i dag og melder sig rask i morgen.',
];

export const smsNotes: readonly string[] = [
  'SMS: påmindelse om samtalen i morgen.',
  'SMS med tak for sidst og tid til næste møde.',
  'SMS: borgeren bekræfter mødetidspunktet.',
];

export const emailNotes: readonly string[] = ['E-mail med referat af samtalen og plan for næste uge.', 'E-mail med link til jobopslag.'];

export const noShowNotes: readonly string[] = [
  'Borgeren mødte ikke op. Ringede uden svar; ny tid sendt via e-Boks og SMS.',
  'Udeblev fra samtalen. Borgeren har senere ringet og forklaret, at hun/han var syg.',
  'Udeblivelse. Har skrevet til borgeren og aftalt hjemmebesøg.',
];

export const homeVisitNotes: readonly string[] = [
  'Hjemmebesøg. Borgeren har det svært med at komme ud af døren; vi aftalte at mødes ved bussen næste gang.',
  'Hjemmebesøg; gennemgik post og breve sammen.',
  'Hjemmebesøg efter udeblivelse. Borgeren er glad for besøget og vil gerne fortsætte.',
];

export const walkNotes: readonly string[] = [
  'Gåtur og snak om, hvordan det går på arbejdspladsen.',
  'Gåtur rundt om søen. Borgeren fortalte om sin familie og sit netværk.',
  'Gåtur; vi talte om, hvad der giver energi i hverdagen.',
];

/** Follow-up at the company with hours, in the manner of the STV citizen trajectories (001 §2.3). */
export function followUpNote(hours: number, paid: number, task: string): string {
  const h = String(hours).replace('.', ',');
  return paid > 0
    ? `Opfølgning på virksomheden: ${h} timer om ugen, heraf ${paid} løntimer. Borgeren er blevet mere selvstændig med at ${task}.`
    : `Opfølgning på virksomheden: ${h} timer om ugen. Arbejdsgiveren er tilfreds med, hvordan borgeren klarer at ${task}; løntimer drøftet.`;
}

export function threePartyNote(hours: number, task: string): string {
  return `Trepartssamtale før start: aftalt opgaver (${task}), ${hours} timer om ugen, delmål og opfølgning hver 4. uge. Arbejdsgiveren er indstillet på ordinære timer, når borgeren løser opgaverne på lige fod med kollegerne.`;
}

export const placementBreakNotes: readonly string[] = [
  'Praktikken stoppet: arbejdet var for hårdt fysisk. Vi finder et nyt match.',
  'Virksomheden vil ikke tilbyde løntimer, selv om borgeren løser opgaverne. Forløbet stoppes, og vi finder et nyt sted.',
  'Praktikken er afbrudt efter sygdom. Borgeren vil gerne prøve et andet sted.',
];

export const fsmVisitationNotes: Record<'1' | '2' | '3' | '6', readonly string[]> = {
  '1': [
    'Borgeren vil gerne i job og har selv et ønske om retning. Visiteret til indsatsgruppen.',
    'Borgeren er motiveret for en arbejdsplads med få timer til at starte med.',
    'Borgeren har ressourcer til at starte på en virksomhed; helbred tages med i planen.',
  ],
  '2': [
    'Helbredet skal afklares, før en virksomhedsrettet indsats. Rehabiliteringsspor.',
    'Borgeren har flere diagnoser; sagen forberedes til rehabiliteringsteamet.',
    'Langvarige smerter og nedsat funktionsevne; rehabiliteringsplan udarbejdes.',
  ],
  '3': [
    'Borgeren er i øjeblikket så dårlig psykisk, at en beskæftigelsesrettet indsats ikke er mulig.',
    'Aktivt misbrug og ustabil boligsituation; kan ikke deltage nu.',
  ],
  '6': ['Visitationen er udskudt: borgeren er indlagt.', 'Visitationen er udskudt til efter lægens udtalelse.'],
};

/** FSM group 3 where a notification was not relevant (000 §1: "hvis det er relevant"). */
export const notificationNotRelevantNotes: readonly string[] = [
  'Ingen underretning: borgeren har bostøtte efter SEL § 85, og socialforvaltningen følger borgeren.',
  'Ingen underretning: borgeren er i behandling i socialpsykiatrien, som kender situationen.',
  'Ingen underretning: socialforvaltningen deltog i visitationssamtalen og er i gang med en indsats.',
];

export const notificationNotes: readonly string[] = [
  'Underretning sendt til Socialafdelingen (voksne) om borgerens behov for støtte i eget hjem.',
  'Underretning sendt til Socialpsykiatrien; borgeren er orienteret.',
  'Underretning til Familieafdelingen om børnenes situation; borgeren er orienteret.',
];

export const rehabRecommendations = {
  ressourceforloeb: 'Ressourceforløb i 2 år med virksomhedspraktik og mentorstøtte',
  fleksjob: 'Fleksjob',
  foertidspension: 'Førtidspension',
  afklaring: 'Fortsat afklaring: behandling først, derefter forelæggelse igen om 6 måneder',
} as const;

export const closingNetworks: readonly string[] = [
  'Borgerens søster og kontaktpersonen på arbejdspladsen deltog. Aftalt hvem borgeren kan ringe til, hvis det bliver svært.',
  'Borgerens kæreste og en nabo deltog; langsigtet plan for fastholdelse gennemgået.',
  'Kontaktpersonen fra arbejdspladsen og borgerens mor deltog. Borgeren fortsætter med samme timetal.',
  'Borgerens ven fra idrætsforeningen deltog; aftalt fast træning to gange om ugen.',
];

export const leisure: readonly string[] = [
  'Jeg går gerne ture med min hund og er med i en gåklub.',
  'Jeg spiller fodbold på oldboyshold.',
  'Jeg laver mad til familien og bager gerne.',
  'Jeg er frivillig i en genbrugsbutik.',
  'Jeg fisker og er meget i naturen.',
  'Jeg strikker og syr.',
  'Jeg hjælper i min fars have.',
  'Jeg træner i fitnesscenter et par gange om ugen.',
];

export const adjectives: readonly string[] = ['mødestabil', 'hjælpsom', 'rolig', 'grundig', 'positiv', 'ærlig', 'praktisk anlagt', 'udadvendt', 'pligtopfyldende'];

export const groupActivities = [
  {
    name: 'Jobcafé Solbakken',
    description: 'Ugentlig jobcafé i beboerhuset med CV-hjælp, jobsøgning og besøg fra lokale virksomheder.',
  },
  {
    name: 'Kvinder på vej mod job',
    description: 'Gruppeforløb over 10 uger for kvinder i Solbakken: arbejdsmarkedet, sundhed, hverdagsliv og virksomhedsbesøg.',
  },
  {
    name: 'Løbeklub og jobsnak',
    description: 'Motion to gange om ugen sammen med boligsociale medarbejdere, med tid til snak om job og uddannelse bagefter.',
  },
] as const;
