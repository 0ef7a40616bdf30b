/**
 * Job areas the demo citizens aim for: DISCO-08 occupation codes (4 digits,
 * ISCO-08 compatible) with Danish titles, and a DB07 industry where such work
 * is typically found. Each theme lists A (wished), B (good and acceptable)
 * and C (needed to become self-supporting) jobs for the ABC job plan, and
 * the CV material that goes with it.
 */
import type { Sex } from '../../../domain/identity/cpr.ts';
import type { Random } from '../random.ts';

export interface Occupation {
  /** DISCO-08, 4 digits. */
  code: string;
  title: string;
  /** DB07 industry code, 6 digits. */
  industry: string;
}

export type ThemeId =
  | 'care'
  | 'kitchen'
  | 'warehouse'
  | 'retail'
  | 'transport'
  | 'craft'
  | 'outdoor'
  | 'children'
  | 'caretaker'
  | 'reception';

export interface Theme {
  id: ThemeId;
  /** The job area in the citizen's own loose words (a job wish that is not yet concrete). */
  wish: string;
  a: readonly Occupation[];
  b: readonly Occupation[];
  c: readonly Occupation[];
  /** Earlier jobs: employer descriptions and titles. */
  work: readonly { employer: string; title: string; tasks: string }[];
  competences: readonly string[];
  courses: readonly { title: string; provider: string | null }[];
  /** What the citizen would do at a company, for notes ("plukke varer"). */
  tasks: readonly string[];
}

const o = (code: string, title: string, industry: string): Occupation => ({ code, title, industry });

// Common C jobs.
const cleaner = o('9112', 'Rengøringsassistent', '812100');
const kitchenHelp = o('9412', 'Køkkenmedhjælper', '561010');
const warehouseHelp = o('9333', 'Lagermedhjælper', '521000');
const production = o('9329', 'Produktionsmedarbejder', '222900');
const shelfFiller = o('9334', 'Varepåfylder', '471110');

export const themes: Record<ThemeId, Theme> = {
  care: {
    id: 'care',
    wish: 'Noget med omsorg for ældre eller syge',
    a: [o('5321', 'Social- og sundhedshjælper', '871000')],
    b: [o('5322', 'Hjemmehjælper', '881000'), o('5321', 'Afløser i ældreplejen', '871000')],
    c: [cleaner, kitchenHelp],
    work: [
      { employer: 'Plejecenter i Fjordby Kommune', title: 'Afløser i ældreplejen', tasks: 'Personlig pleje, servering af måltider og samvær med beboerne.' },
      { employer: 'Privat hjemmeplejefirma', title: 'Hjemmehjælper', tasks: 'Rengøring, indkøb og praktisk hjælp i borgernes hjem.' },
      { employer: 'Bosted for voksne', title: 'Ufaglært medhjælper', tasks: 'Praktiske opgaver og støtte i hverdagen for beboerne.' },
    ],
    competences: ['Omsorg og personlig pleje', 'God til at lytte', 'Tålmodig', 'Rengøring efter hygiejneregler', 'Samarbejde i vagtteam'],
    courses: [
      { title: 'Forflytning og ergonomi', provider: 'AMU Vestsjælland' },
      { title: 'Hygiejne i ældreplejen', provider: 'AMU Vestsjælland' },
      { title: 'Førstehjælp', provider: 'Dansk Førstehjælpsråd' },
    ],
    tasks: ['hjælpe ved måltiderne', 'gå ture med beboerne', 'holde fællesarealerne', 'hjælpe i plejecentrets køkken'],
  },
  kitchen: {
    id: 'kitchen',
    wish: 'Noget i et køkken',
    a: [o('5120', 'Kok', '561010')],
    b: [kitchenHelp, o('5131', 'Tjener', '561010')],
    c: [o('9412', 'Opvasker', '562900'), cleaner],
    work: [
      { employer: 'Kro ved Isefjorden', title: 'Køkkenmedhjælper', tasks: 'Forberedelse af råvarer, opvask og rengøring af køkkenet.' },
      { employer: 'Kantine på en produktionsvirksomhed', title: 'Kantinemedhjælper', tasks: 'Smøre sandwich, anrette salatbar og tage opvasken.' },
      { employer: 'Pizzeria i Holbæk', title: 'Pizzabager', tasks: 'Lave dej, bage pizzaer og tage imod bestillinger.' },
    ],
    competences: ['Madlavning til mange', 'Hygiejne og egenkontrol', 'Arbejder hurtigt i travle perioder', 'Holder orden i køkkenet'],
    courses: [
      { title: 'Hygiejnebevis (fødevarer)', provider: 'AMU Vestsjælland' },
      { title: 'Kantinedrift og anretning', provider: 'AMU Vestsjælland' },
    ],
    tasks: ['forberede råvarer', 'tage opvasken', 'anrette salatbaren', 'hjælpe med frokostservering'],
  },
  warehouse: {
    id: 'warehouse',
    wish: 'Lager eller produktion, noget fysisk',
    a: [o('8344', 'Truckfører', '521000')],
    b: [o('4321', 'Lagerarbejder', '521000'), production],
    c: [warehouseHelp, o('9329', 'Pakkeriarbejder', '101100')],
    work: [
      { employer: 'Lagerhotel i Holbæk', title: 'Lagerarbejder', tasks: 'Plukke og pakke ordrer, modtage varer og køre palleløfter.' },
      { employer: 'Plastvirksomhed', title: 'Produktionsmedarbejder', tasks: 'Passe maskiner, kvalitetskontrol og pakning.' },
      { employer: 'Slagteri', title: 'Pakkeriarbejder', tasks: 'Pakning og etikettering af varer på samlebånd.' },
    ],
    competences: ['Plukning og pakning', 'Kører palleløfter', 'Mødestabil', 'Fysisk stærk', 'Følger sikkerhedsregler'],
    courses: [
      { title: 'Truckcertifikat (B)', provider: 'AMU Vestsjælland' },
      { title: 'Lagerstyring med håndscanner', provider: 'AMU Vestsjælland' },
    ],
    tasks: ['plukke varer', 'sætte labels på kasser', 'pakke ordrer', 'modtage og tjekke varer'],
  },
  retail: {
    id: 'retail',
    wish: 'Noget i en butik, hvor jeg møder kunder',
    a: [o('5223', 'Butiksassistent', '471110')],
    b: [shelfFiller, o('5230', 'Kassemedarbejder', '471110')],
    c: [warehouseHelp, cleaner],
    work: [
      { employer: 'Supermarked i Fjordby', title: 'Butiksmedhjælper', tasks: 'Varepåfyldning, kasse og kundeservice.' },
      { employer: 'Møbelbutik', title: 'Salgsmedarbejder', tasks: 'Vejlede kunder, modtage varer og holde butikken pæn.' },
      { employer: 'Tankstation', title: 'Ekspedient', tasks: 'Kasse, bake-off og rengøring af butikken.' },
    ],
    competences: ['Kundeservice', 'Kasseekspedition', 'Varepåfyldning', 'Smilende og imødekommende'],
    courses: [{ title: 'Kundeservice og salg', provider: 'AMU Vestsjælland' }],
    tasks: ['fylde varer op', 'holde frugt og grønt', 'tage imod varer', 'hjælpe kunderne'],
  },
  transport: {
    id: 'transport',
    wish: 'At køre, gerne som chauffør',
    a: [o('8322', 'Chauffør', '494100')],
    b: [o('8322', 'Budchauffør', '532000'), o('9621', 'Omdeler', '532000')],
    c: [warehouseHelp, o('9611', 'Renovationsmedarbejder', '381100')],
    work: [
      { employer: 'Vognmand i Tølløse', title: 'Varebilschauffør', tasks: 'Levering af pakker og varer til butikker og private.' },
      { employer: 'Avisdistribution', title: 'Omdeler', tasks: 'Omdeling af aviser og reklamer om morgenen.' },
    ],
    competences: ['Kørekort B', 'Kender lokalområdet godt', 'Selvstændig', 'Punktlig'],
    courses: [{ title: 'Sikker kørsel med varebil', provider: 'AMU Vestsjælland' }],
    tasks: ['køre varer ud', 'læsse bilen', 'hjælpe på lageret mellem turene'],
  },
  craft: {
    id: 'craft',
    wish: 'Noget med hænderne, gerne på byggeplads eller værksted',
    a: [o('7411', 'Elektriker', '432100'), o('7115', 'Tømrer', '433200')],
    b: [o('9313', 'Håndværkermedhjælper', '412000')],
    c: [o('9622', 'Altmuligmand', '811000'), production],
    work: [
      { employer: 'Tømrerfirma', title: 'Håndværkermedhjælper', tasks: 'Bære materialer, rydde op på pladsen og hjælpe tømrerne.' },
      { employer: 'El-installatør', title: 'Medhjælper', tasks: 'Trække kabler og hjælpe ved installationer.' },
    ],
    competences: ['Praktisk anlagt', 'Håndværktøj og el-værktøj', 'Arbejder sikkert', 'Godt humør i et team'],
    courses: [
      { title: 'Sikkerhed på byggepladsen', provider: 'AMU Vestsjælland' },
      { title: 'Stilladsmontage, kort kursus', provider: 'AMU Vestsjælland' },
    ],
    tasks: ['hjælpe håndværkerne', 'holde værkstedet', 'klargøre materialer'],
  },
  outdoor: {
    id: 'outdoor',
    wish: 'Et udendørs job, gerne med planter og grønne områder',
    a: [o('6113', 'Anlægsgartner', '813000')],
    b: [o('9214', 'Gartnerimedhjælper', '813000'), o('9611', 'Renovationsmedarbejder', '381100')],
    c: [o('9622', 'Altmuligmand', '811000'), warehouseHelp],
    work: [
      { employer: 'Anlægsgartner i Holbæk', title: 'Medhjælper', tasks: 'Græsslåning, hækklipning og lugning i private haver.' },
      { employer: 'Kommunens vej og park', title: 'Sæsonmedarbejder', tasks: 'Pleje af parker, affaldsindsamling og snerydning.' },
    ],
    competences: ['Havearbejde og beskæring', 'Kører havetraktor', 'Trives udendørs i al slags vejr'],
    courses: [{ title: 'Brug af motorsav og buskrydder', provider: 'AMU Vestsjælland' }],
    tasks: ['slå græs', 'luge bede', 'samle affald i parken', 'klippe hække'],
  },
  children: {
    id: 'children',
    wish: 'Noget med børn',
    a: [o('5311', 'Pædagogmedhjælper', '889130')],
    b: [o('5312', 'Skolemedhjælper', '852010')],
    c: [cleaner, kitchenHelp],
    work: [
      { employer: 'Børnehave i Fjordby', title: 'Vikar', tasks: 'Leg og aktiviteter med børnene, frokost og oprydning.' },
      { employer: 'SFO', title: 'Medhjælper', tasks: 'Aktiviteter og samvær med skolebørn efter skoletid.' },
    ],
    competences: ['God med børn', 'Kreativ', 'Ansvarsfuld', 'Kan skabe ro'],
    courses: [{ title: 'Børns leg og udvikling', provider: 'AMU Vestsjælland' }],
    tasks: ['være med i legen', 'hjælpe ved frokosten', 'rydde op på legepladsen'],
  },
  caretaker: {
    id: 'caretaker',
    wish: 'Pedel- eller viceværtarbejde',
    a: [o('5153', 'Pedel', '811000')],
    b: [o('9622', 'Altmuligmand', '811000')],
    c: [cleaner, o('9214', 'Gartnerimedhjælper', '813000')],
    work: [
      { employer: 'Boligforening', title: 'Ejendomsmedhjælper', tasks: 'Små reparationer, trappevask og pleje af udearealer.' },
      { employer: 'Skole', title: 'Pedelmedhjælper', tasks: 'Klargøring af lokaler, små reparationer og affald.' },
    ],
    competences: ['Små reparationer', 'Praktisk og selvkørende', 'God til at tale med beboerne'],
    courses: [{ title: 'Ejendomsservice, grundkursus', provider: 'AMU Vestsjælland' }],
    tasks: ['skifte pærer og små reparationer', 'feje og holde udearealerne', 'klargøre lokaler'],
  },
  reception: {
    id: 'reception',
    wish: 'Et job hvor jeg tager imod folk, fx en reception',
    a: [o('4226', 'Receptionist', '931100')],
    b: [o('4110', 'Kontorassistent', '841100'), o('5230', 'Kassemedarbejder', '931100')],
    c: [cleaner, shelfFiller],
    work: [
      { employer: 'Idrætscenter', title: 'Receptionsmedhjælper', tasks: 'Tage imod gæster, besvare telefonen og booke baner.' },
      { employer: 'Frisørsalon', title: 'Receptionist', tasks: 'Tidsbestilling, kasse og kaffe til kunderne.' },
    ],
    competences: ['Telefonbetjening', 'Imødekommende', 'Office-pakken, grundlæggende', 'Holder styr på aftaler'],
    courses: [{ title: 'Word og Excel for begyndere', provider: 'VUC Vestsjælland' }],
    tasks: ['tage imod gæster', 'besvare telefonen', 'booke tider'],
  },
};

/** A theme for a citizen: loosely by sex, with every theme possible. */
export function pickTheme(random: Random, sex: Sex): Theme {
  const weights: readonly (readonly [ThemeId, number])[] =
    sex === 'female'
      ? [['care', 22], ['kitchen', 12], ['warehouse', 8], ['retail', 18], ['transport', 2], ['craft', 2], ['outdoor', 5], ['children', 14], ['caretaker', 3], ['reception', 14]]
      : [['care', 6], ['kitchen', 10], ['warehouse', 24], ['retail', 10], ['transport', 14], ['craft', 12], ['outdoor', 10], ['children', 2], ['caretaker', 10], ['reception', 2]];
  return themes[random.weighted(weights)];
}
