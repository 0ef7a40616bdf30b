/**
 * Danish text for the demo company network: notes in the contact log, the
 * terms and renegotiations of cooperation agreements, match rationales,
 * work-agreement content, end notes, follow-up answers and aftercare notes.
 * Notes in the company's contact log never name a citizen: the log is read
 * by everyone in the municipality, citizen data is not.
 */
import type { CompanyInteractionKind } from '../../../db/schema.ts';

export const interactionNotes: Record<CompanyInteractionKind, readonly string[]> = {
  visit: [
    'Besøg: rundvisning og snak om opgaver, som borgere i praktik kan løse.',
    'Besøg: gennemgået mulige opgaver og arbejdstider med kontaktpersonen.',
    'Opfølgningsbesøg: virksomheden er tilfreds med samarbejdet.',
    'Besøg: drøftet mulighed for ordinære timer til praktikanten.',
    'Besøg med kaffe: virksomheden udvider og får brug for flere hænder til foråret.',
    'Besøg: kontaktpersonen er ny; aftalt hvordan vi samarbejder fremover.',
  ],
  call: [
    'Opringning: spurgt til behov for arbejdskraft de kommende måneder.',
    'Kort opfølgning pr. telefon; alt kører efter planen.',
    'Ringet om mulig praktikplads; vender tilbage efter ferien.',
    'Telefonsamtale om løntilskud og virksomhedspraktik; sendt materiale bagefter.',
    'Ringet op: travl periode, ring igen om en måned.',
  ],
  email: [
    'Sendt information om virksomhedspraktik, løntilskud og småjob.',
    'Mail med forslag til en mulig kandidat (uden personoplysninger).',
    'Fremsendt udkast til samarbejdsaftale.',
    'Sendt invitation til virksomhedsnetværkets morgenmøde.',
  ],
  job_order: [
    'Jobordre: søger afløser til sommerferien.',
    'Jobordre: søger medhjælper til faste formiddage.',
    'Jobordre: får brug for ekstra hænder i højsæsonen.',
  ],
  ringedag: [
    'Ringedag: ingen behov lige nu; ring igen om tre måneder.',
    'Ringedag: interesseret i en praktikant efter ferien.',
    'Ringedag: aftalt besøg i næste uge.',
    'Ringedag: har ordinære timer i weekenden til den rette kandidat.',
    'Ringedag: træffes ikke, lagt besked.',
    'Ringedag: positiv over for småjob på 5-8 timer om ugen.',
    'Ringedag: har netop ansat, men vil gerne kontaktes igen til efteråret.',
    'Ringedag: kontaktpersonen er på ferie, ringer tilbage.',
  ],
  meeting: [
    'Møde om samarbejdsaftale og antal pladser.',
    'Netværksmøde i erhvervsforeningen.',
    'Møde om fastholdelse og flere løntimer.',
    'Møde med ledelsen om rummelige arbejdspladser.',
  ],
};

export const placementStartNote = 'Opstartsmøde for ny praktikant med kontaktpersonen og jobcentret.';
export const conversionNote = 'Aftale om ordinære timer på plads; ansættelseskontrakt underskrevet.';
export const agreementMeetingNote = 'Møde: samarbejdsaftale indgået.';
export const renegotiationNote = 'Møde: samarbejdsaftalen genforhandlet.';

export const agreementNotes = {
  fixed: [
    'Faste praktikpladser i {unit}; kontaktpersonen tager imod nye borgere mandag-torsdag.',
    'Faste pladser til borgere i virksomhedspraktik og småjob; kontaktperson er den daglige leder.',
    'Pladserne kan bruges til både praktik og løntilskud.',
  ],
  open: [
    'Forhåndsaftale: virksomheden tager imod borgere efter aftale fra gang til gang.',
    'Åben aftale om praktik og småjob; jobcentret ringer før hver start.',
    'Forhåndsaftale om at tage imod borgere, når der er opgaver.',
  ],
  readiness: ' Virksomheden er indstillet på at give ordinære timer, når opgaverne løses på lige fod med kollegerne.',
};

export const renegotiationReasons = [
  'Flere pladser efter et godt første år.',
  'Virksomheden vil nu også tilbyde ordinære timer.',
  'Færre pladser i en periode på grund af ombygning.',
  'Aftalen forlænget og tilpasset ny afdelingsleder.',
  'Ny kontaktperson; pladserne fordelt på to afdelinger.',
] as const;

export const withdrawnReasons = [
  'Virksomheden kunne alligevel ikke tage imod en praktikant lige nu.',
  'Borgeren ønskede ikke at starte, da transporten blev for lang.',
  'Kontaktpersonen stoppede i virksomheden, før opstart.',
  'Borgeren blev syg inden opstart; nyt match findes senere.',
] as const;

/** Sub-goals of a work agreement; {task} is the company's task, {hours} a target. */
export const subGoals = [
  'Møde stabilt til aftalt tid alle aftalte dage',
  'Løse {task} selvstændigt',
  'Øge til {hours} timer om ugen',
  'Få de første ordinære timer',
  'Kunne tage bussen alene til arbejdspladsen',
  'Sige til, når der er brug for en pause',
  'Kende arbejdspladsens rutiner og kolleger',
  'Give besked i god tid ved sygdom',
] as const;

export const accommodations = [
  'Ingen tunge løft over 10 kg.',
  'Mulighed for korte pauser efter behov.',
  'Møder først kl. 9 på grund af medicin.',
  'Arbejder ikke alene de første uger.',
  'Skiftende arbejdsstillinger; ikke stående arbejde i mere end en time ad gangen.',
  'Fast kontaktperson, som borgeren kan gå til, hvis det bliver for meget.',
] as const;

export const aids = [
  'Sikkerhedssko og arbejdstøj udleveres af virksomheden.',
  'Hæve-sænkebord i pakkeområdet.',
  'Høreværn og skærmbriller.',
] as const;

export const intentTexts = [
  'Virksomheden vil tilbyde ordinære timer, når borgeren løser opgaverne selvstændigt (forventet efter 8-12 uger).',
  'Hensigt om 2-5 løntimer om ugen, når borgeren møder stabilt tre dage om ugen.',
  'Virksomheden vil drøfte løntimer ved opfølgningen efter to måneder.',
  'Ordinære timer i weekendvagter, når oplæringen er afsluttet.',
] as const;

export const nowTexts = [
  'Løn efter overenskomst for de ordinære timer.',
  'Timelønnet efter overenskomst; timerne lægges på faste dage.',
  null,
] as const;

/** Why a placement ended, by end reason. */
export const endNotes: Record<string, readonly string[]> = {
  company_would_not_pay: [
    'Virksomheden kunne ikke tilbyde lønnede timer efter praktikperioden.',
    'Virksomheden ønskede kun at fortsætte som ulønnet praktik; stoppet efter aftale.',
  ],
  too_demanding: [
    'Opgaverne var for hårde for ryggen; borgeren stoppede efter aftale med lægen.',
    'Tempoet var for højt; borgeren fik det psykisk dårligere.',
    'For mange timer for hurtigt; fremmødet faldt de sidste uger.',
  ],
  citizen_ended: [
    'Borgeren ønskede selv at stoppe.',
    'Borgeren stoppede på grund af problemer med transporten.',
    'Borgeren udeblev flere gange og ønskede at prøve noget andet.',
  ],
  other: [
    'Virksomheden mistede en stor kunde og måtte skære ned.',
    'Afdelingen lukkede.',
    'Borgeren blev sygemeldt i en længere periode.',
  ],
  completed: [
    'Praktikperioden er gennemført som planlagt.',
    'Forløbet afsluttet efter plan; borgeren har fået erfaring og en udtalelse.',
  ],
  converted_to_paid: [
    'Borgeren er ansat i ordinære timer.',
    'Praktikken er afløst af ansættelse på ordinære vilkår.',
  ],
  moved: ['Borgeren er flyttet fra kommunen.'],
};

export const rationaleParts = {
  goal: [
    'Passer med borgerens jobmål som {goal}.',
    'Borgeren vil gerne arbejde som {goal}, og opgaverne ligger tæt på.',
    'Jobmålet er {goal}; her kan borgeren prøve opgaverne af i roligt tempo.',
  ],
  noGoal: ['Borgeren vil gerne prøve sig af med praktiske opgaver.', 'Borgeren ønsker et sted med faste rammer og få kolleger.'],
  distance: {
    near: 'Kort vej fra bopælen ({km} km).',
    mid: 'Kan nås med bus ({km} km).',
    far: 'Lidt lang transport ({km} km), men borgeren har selv ønsket stedet.',
    unknown: 'Afstanden er ikke opgjort.',
  },
  readiness: ['Virksomheden har tidligere givet ordinære timer til borgere fra jobcentret.', 'Samarbejdsaftale med vilje til ordinære timer.'],
  company: ['Kontaktpersonen er god til at tage imod nye.', 'Rolig arbejdsplads med faste rutiner.', 'Virksomheden har netop efterspurgt hjælp.'],
} as const;

export const followUpNotes = {
  good: [
    'Det går godt; borgeren er blevet en del af holdet.',
    'Kontaktpersonen er meget tilfreds og taler om flere timer.',
    'Borgeren møder stabilt og tager selv initiativ.',
  ],
  ok: ['Stabilt fremmøde, men borgeren har brug for faste opgaver.', 'Mindre fravær; aftalt at holde timetallet et stykke tid endnu.', 'Det går fremad i små skridt.'],
  poor: ['Flere afbud den seneste måned; aftalt ekstra kontakt med mentor.', 'Borgeren er træt efter arbejdsdagene; timerne sat ned.', 'Kontaktpersonen er bekymret for fremmødet.'],
  paid: ['Første løntimer er aftalt og kommer på lønsedlen.', 'Løntimerne er sat op efter aftale med virksomheden.'],
};

export const goalNotes = ['Borgeren vil hellere arbejde på lageret end i butikken.', 'Jobmålet justeres til færre kundevendte opgaver.', 'Borgeren overvejer en uddannelse på sigt.'] as const;
export const subGoalAdjustments = [
  'Delmålet om timetal udskudt fire uger.',
  'Nyt delmål: lære kassesystemet.',
  'Delmål om selvstændighed nået; nyt delmål om flere timer.',
] as const;
export const otherOffers = ['Mentorstøtte de første uger.', 'Henvist til smertehåndtering via egen læge.', 'Hjælp til transport (buskort) undersøges.', 'Samtale med gældsrådgiver.'] as const;

export const equalTermsTasks = [
  'Opfyldning og facing løses på lige fod med kollegerne.',
  'Opvask og klargøring klares selvstændigt i frokosttravlheden.',
  'Pluk af ordrer i samme tempo som kollegerne.',
  'Rengøringsruten klares selvstændigt og til tiden.',
  'Græsslåning og lugning klares uden tilsyn.',
] as const;

export const aftercareNotes = [
  'Det går godt i jobbet; borgeren har fået flere vagter.',
  'Kort snak om vagtplanen og transporten; ingen problemer.',
  'Kontaktpersonen er tilfreds; aftalt at høres igen om en måned.',
  'Borgeren havde en svær uge; aftalt ekstra opkald.',
  'Talt om ferie og løn; alt på plads.',
] as const;

export const hoursNotes = {
  sick: 'Syg to dage.',
  absent: 'Udeblev en dag uden afbud.',
  holiday: 'Ferie/lukket.',
  subsidy: 'Timer i løntilskud (ikke ordinære timer).',
} as const;
