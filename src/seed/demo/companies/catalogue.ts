/**
 * The kinds of workplaces in the demo company network: a DB07 industry code
 * (Danmarks Statistik's Dansk Branchekode 2007, 6 digits), how many such
 * companies the network holds, how their names are formed, their usual size,
 * the titles of the people the job centre talks to, and the small tasks a
 * citizen can do there for a few hours a week (with a DISCO-08 occupation).
 *
 * The counts follow the industry mix of the ordinary hours the citizens in
 * Flere skal med obtained (000 Tabel 2, "Hele målgruppen"): trade and
 * transport 36 %, public administration, education and health 25 %, business
 * services 15 %, culture and other services 6 %, industry and construction
 * 5 % each, real estate 2 %, agriculture and information 1 % each and 3 %
 * with no stated activity. About a fifth are public workplaces.
 * All names are invented.
 */
import type { CompanySizeBand } from '../../../db/schema.ts';

export interface Task {
  title: string;
  tasks: string;
  /** DISCO-08, 4 digits. */
  occupation: string;
  /** Usual weekly hours (min, max). */
  hours: readonly [number, number];
  /** Paid ordinary hours from the first day (a "småjob"). */
  paid?: boolean;
}

export interface IndustryEntry {
  key: string;
  /** DB07, 6 digits; null for companies with no stated activity. */
  code: string | null;
  count: number;
  sector: 'private' | 'public';
  /**
   * Name templates: {town} (the company's town), {surname}, {first},
   * {word} (from `words`), {inst} (from `institutions`, each used once),
   * {street}.
   */
  names: readonly string[];
  words?: readonly string[];
  institutions?: readonly string[];
  sizes: readonly (readonly [CompanySizeBand, number])[];
  titles: readonly string[];
  tasks: readonly Task[];
  /** Sits in the municipality itself (public workplaces, the housing organisation). */
  local?: boolean;
}

const t = (title: string, tasks: string, occupation: string, hours: readonly [number, number], paid = false): Task => ({ title, tasks, occupation, hours, ...(paid ? { paid } : {}) });

const small: IndustryEntry['sizes'] = [['1-9', 6], ['10-49', 3], ['50-249', 1]];
const smallMedium: IndustryEntry['sizes'] = [['1-9', 4], ['10-49', 4], ['50-249', 1.5], ['250+', 0.3]];
const tiny: IndustryEntry['sizes'] = [['1-9', 8], ['10-49', 2]];

const cafeWords = ['Havnen', 'Bryggen', 'Fjorden', 'Torvet', 'Kokkeriet', 'Lindegården', 'Stationen', 'Strandlyst', 'Kastanjen', 'Mølleriet', 'Solsiden', 'Smedjen', 'Remisen', 'Pakhuset'];
const regionWords = ['Nordvest', 'Isefjord', 'Fjord', 'Vestsjællands', 'Sjællands', 'Odsherred', 'Lammefjord'];

export const catalogue: readonly IndustryEntry[] = [
  // Trade and transport (36 %).
  {
    key: 'supermarket', code: '471110', count: 18, sector: 'private',
    names: ['{town} Supermarked ApS', 'Købmand {surname}, {town}', '{town} Lavpris ApS', 'Dagligvarehuset {town}', '{surname}s Supermarked ApS', 'Nærbutikken {street}', 'Købmandsgården {town} ApS'],
    sizes: [['1-9', 2], ['10-49', 6], ['50-249', 2]],
    titles: ['Butiksleder', 'Købmand', 'Souschef', 'Afdelingsleder, kolonial', 'Personaleansvarlig'],
    tasks: [
      t('Opfyldning af varer og facing, 3 formiddage', 'Fylde op i kolonial og mejeri, facing af hylder, tømme rullebure og sortere pap.', '9334', [6, 12]),
      t('Frugt og grønt, tidlig morgen', 'Sortere og fylde op i frugt- og grøntafdelingen, fjerne dårlige varer og holde afdelingen pæn.', '9334', [5, 10]),
      t('Flaskeautomat og baglager', 'Tømme flaskeautomaten, rydde op på baglageret og tage imod varer sammen med en kollega.', '9333', [4, 10]),
      t('Kasse og kundeservice, korte vagter', 'Betjene kassen sammen med en erfaren kollega og hjælpe kunder med at finde varer.', '5230', [6, 12], true),
    ],
  },
  {
    key: 'discount', code: '471120', count: 8, sector: 'private',
    names: ['{town} Discount ApS', 'Lavprisbutikken {town}', 'Discountcentret {town} ApS', 'Spar-Let {town}'],
    sizes: [['1-9', 2], ['10-49', 7]],
    titles: ['Butikschef', 'Souschef', 'Assisterende butikschef'],
    tasks: [
      t('Varepåfyldning om morgenen, 4 dage', 'Pakke paller ud, fylde op og rydde gangene, før butikken åbner.', '9334', [6, 14]),
      t('Oprydning og pap, eftermiddage', 'Presse pap, rydde baglager og holde indgangsparti og kurve pæne.', '9334', [4, 8]),
    ],
  },
  {
    key: 'restaurant', code: '561010', count: 12, sector: 'private',
    names: ['Restaurant {word}', 'Café {word}', 'Spisehuset {word}', 'Café & Restaurant {word}', '{town} Bistro', 'Brasserie {word}'],
    words: cafeWords,
    sizes: small,
    titles: ['Køkkenchef', 'Restaurantchef', 'Indehaver', 'Souschef'],
    tasks: [
      t('Opvask og rengøring i køkkenet, 3 eftermiddage', 'Opvask, rengøring af køkken og gulve, bære varer ind og sætte på plads.', '9412', [6, 12]),
      t('Klargøring af grøntsager og salater, formiddage', 'Skrælle og snitte grøntsager, klargøre salatbar og hjælpe med frokostanretning.', '9412', [5, 10]),
      t('Borddækning og oprydning før frokost', 'Dække borde, fylde servietter og bestik op og rydde af efter frokostserveringen.', '5131', [4, 8]),
    ],
  },
  {
    key: 'pizzeria', code: '561020', count: 6, sector: 'private',
    names: ['{town} Pizza & Grill', 'Grillbaren {street}', 'Pizzeria {word}', '{town} Grillen'],
    words: ['Roma', 'Napoli', 'Milano', 'Venezia', 'Bella Italia', 'Toscana', 'Sicilia'],
    sizes: tiny,
    titles: ['Indehaver', 'Daglig leder'],
    tasks: [t('Opvask og klargøring, 2-3 dage', 'Opvask, klargøring af fyld og rengøring af køkken og spiseområde.', '9412', [4, 10])],
  },
  {
    key: 'canteen', code: '562900', count: 6, sector: 'private',
    names: ['{surname} Kantineservice ApS', 'Frokostkøkkenet {town}', 'Madhuset {town} ApS', 'Kantinen i {town} Erhvervspark'],
    sizes: [['1-9', 3], ['10-49', 5]],
    titles: ['Kantineleder', 'Køkkenleder', 'Indehaver'],
    tasks: [
      t('Køkkenhjælp i kantinen, 4 formiddage', 'Anrette salater og brød, fylde buffet op og tage opvasken efter frokost.', '9412', [8, 15]),
      t('Pakning af frokostordninger', 'Pakke og mærke frokostkasser til levering og rengøre pakkeområdet.', '9412', [5, 10]),
    ],
  },
  {
    key: 'catering', code: '562100', count: 3, sector: 'private',
    names: ['{town} Catering ApS', '{surname}s Mad & Selskab', 'Fjordens Catering ApS'],
    sizes: tiny,
    titles: ['Indehaver', 'Køkkenchef'],
    tasks: [t('Køkkenmedhjælp til selskaber', 'Klargøre råvarer, pakke mad til udbringning og tage opvask efter arrangementer.', '9412', [5, 12])],
  },
  {
    key: 'hotel', code: '551000', count: 5, sector: 'private',
    names: ['{town} Kro', 'Hotel {word}', '{town} Kro og Hotel ApS', 'Hotel Fjordgården', 'Badehotellet {word}'],
    words: ['Strandlyst', 'Isefjord', 'Fjordly', 'Kysten', 'Bøgely'],
    sizes: [['10-49', 6], ['1-9', 2], ['50-249', 1]],
    titles: ['Direktør', 'Housekeeping-ansvarlig', 'Køkkenchef', 'Receptionschef'],
    tasks: [
      t('Rengøring af værelser, 3 formiddage', 'Rengøre værelser og badeværelser efter tjekliste, skifte sengetøj og fylde op.', '9112', [6, 12]),
      t('Morgenmadsbuffet og oprydning', 'Fylde morgenmadsbuffeten op, rydde af og tage opvasken.', '9412', [5, 10]),
    ],
  },
  {
    key: 'garage', code: '452000', count: 10, sector: 'private',
    names: ['{town} Autoværksted', '{surname}s Auto ApS', 'Autohuset {town}', '{town} Bilservice ApS', '{surname} Dæk og Auto'],
    sizes: small,
    titles: ['Værkstedschef', 'Indehaver', 'Mekanikermester'],
    tasks: [
      t('Klargøring og vask af biler, 2-3 dage', 'Vaske og støvsuge biler, gøre klar til kunder og holde værkstedet ryddeligt.', '9122', [5, 12]),
      t('Dækhotel og oprydning, sæson', 'Bære og opmagasinere dæk, rydde op på værkstedet og feje gården.', '9329', [6, 12]),
    ],
  },
  {
    key: 'fuel', code: '473000', count: 4, sector: 'private',
    names: ['{town} Tankcenter', 'Tankstationen {street}', 'Benzin & Kiosk {town}'],
    sizes: tiny,
    titles: ['Forpagter', 'Stationsleder'],
    tasks: [t('Opfyldning og rengøring af butik og vaskehal', 'Fylde kølediske op, rengøre butik, toiletter og vaskehal.', '9334', [4, 10])],
  },
  {
    key: 'secondhand', code: '477900', count: 5, sector: 'private',
    names: ['Genbrugsbutikken {word}', '{town} Genbrug ApS', 'Genbrugsstuen {town}', 'Loppen i {town}'],
    words: ['Guldkornet', 'Skatkisten', 'Fundet', 'Genfundet', 'Kronen'],
    sizes: tiny,
    titles: ['Butiksleder', 'Indehaver', 'Frivilligkoordinator'],
    tasks: [
      t('Sortering og prismærkning af varer, 3 dage', 'Sortere indleverede varer, prismærke og sætte på plads i butikken.', '9334', [4, 10]),
      t('Butik og kasse, korte vagter', 'Betjene kunder og kasse sammen med en kollega og holde butikken pæn.', '5223', [4, 8]),
    ],
  },
  {
    key: 'wholesale', code: '469000', count: 4, sector: 'private',
    names: ['{word} Engros A/S', 'Vestsjællands Grossist ApS', '{surname} Engros ApS'],
    words: regionWords,
    sizes: [['10-49', 5], ['50-249', 2]],
    titles: ['Lagerchef', 'Driftsleder', 'HR-ansvarlig'],
    tasks: [t('Pluk og pak af ordrer, formiddage', 'Plukke ordrer efter plukliste med håndscanner, pakke og gøre klar til afhentning.', '9333', [8, 15])],
  },
  {
    key: 'haulage', code: '494100', count: 9, sector: 'private',
    names: ['{surname} Transport ApS', 'Vognmand {first} {surname}', '{town} Fragt ApS', 'Isefjord Transport A/S', '{surname} & Søn Vognmandsforretning'],
    sizes: small,
    titles: ['Vognmand', 'Trafikleder', 'Indehaver', 'Disponent'],
    tasks: [
      t('Vask og klargøring af lastbiler', 'Vaske lastbiler og trailere, rydde førerhuse og holde pladsen ryddelig.', '9122', [4, 10]),
      t('Medhjælper på distributionsbil, formiddage', 'Hjælpe chaufføren med at bære varer ind hos kunderne og holde styr på følgesedler.', '9333', [6, 14]),
    ],
  },
  {
    key: 'bus', code: '493100', count: 2, sector: 'private',
    names: ['Fjordby Busser A/S', '{town} Turist- og Rutebiler ApS'],
    sizes: [['50-249', 2], ['10-49', 1]],
    titles: ['Garagemester', 'Driftschef'],
    tasks: [t('Rengøring af busser i garagen, aftener', 'Feje og vaske busserne indvendigt, tømme skraldespande og melde fejl til garagemesteren.', '9122', [6, 12])],
  },
  {
    key: 'courier', code: '532000', count: 4, sector: 'private',
    names: ['{town} Budservice ApS', 'Vestsjællands Kurér ApS', 'Fjord Bud & Pakke ApS'],
    sizes: small,
    titles: ['Driftsleder', 'Indehaver'],
    tasks: [t('Sortering af pakker om morgenen', 'Sortere pakker efter rute og læsse bilerne sammen med chaufførerne.', '9621', [5, 12])],
  },
  {
    key: 'storage', code: '521000', count: 6, sector: 'private',
    names: ['{town} Lagerhotel ApS', 'Nordvest Lager A/S', '{word} Logistikcenter A/S'],
    words: regionWords,
    sizes: [['10-49', 4], ['50-249', 3]],
    titles: ['Lagerchef', 'Holdleder', 'HR-partner'],
    tasks: [
      t('Pluk og pak på lageret, 4 formiddage', 'Plukke varer efter ordre, pakke og mærke kolli og rydde op i gangene.', '9333', [8, 15]),
      t('Modtagelse og registrering af varer', 'Tage imod leverancer, tjekke følgesedler og registrere varer i lagersystemet.', '4321', [6, 12]),
    ],
  },
  {
    key: 'logistics', code: '522900', count: 6, sector: 'private',
    names: ['{town} Logistik ApS', 'Fjord Logistik A/S', '{surname} Spedition ApS'],
    sizes: smallMedium,
    titles: ['Driftschef', 'Terminalleder', 'Disponent'],
    tasks: [t('Klargøring af paller og emballage', 'Sortere og reparere paller, klargøre emballage og holde terminalen ryddelig.', '9333', [6, 12])],
  },

  // Industry (5 %).
  {
    key: 'bakery', code: '107120', count: 5, sector: 'private',
    names: ['{surname}s Bageri', '{town} Bageri ApS', 'Bageriet på {street}', 'Konditori {word}'],
    words: ['Kringlen', 'Kagehuset', 'Smørhullet', 'Mølleposen'],
    sizes: tiny,
    titles: ['Bagermester', 'Butiksansvarlig', 'Indehaver'],
    tasks: [
      t('Bagerimedhjælp: opvask og pakning, tidlige morgener', 'Tage opvasken, pakke brød til levering og gøre bageriet rent efter produktionen.', '9412', [6, 12]),
      t('Butik i bageriet, weekendvagter', 'Ekspedere kunder, fylde montrer op og holde butikken ren.', '5223', [5, 10], true),
    ],
  },
  {
    key: 'meat', code: '101300', count: 2, sector: 'private',
    names: ['Vestsjællands Pålæg A/S', '{town} Pølsemageri ApS'],
    sizes: [['10-49', 2], ['50-249', 2]],
    titles: ['Produktionsleder', 'HR-ansvarlig'],
    tasks: [t('Pakning af pålæg ved båndet', 'Pakke og mærke pålæg ved pakkebåndet efter hygiejnereglerne.', '9329', [8, 15])],
  },
  {
    key: 'plastics', code: '222900', count: 2, sector: 'private',
    names: ['{word} Plast A/S', '{town} Plastindustri ApS'],
    words: regionWords,
    sizes: [['10-49', 3], ['50-249', 2]],
    titles: ['Produktionschef', 'Formand'],
    tasks: [t('Produktionsmedarbejder ved maskinerne, 4 formiddage', 'Tage emner af maskinen, kontrollere dem og pakke dem i kasser.', '9329', [8, 15])],
  },
  {
    key: 'steel', code: '251100', count: 2, sector: 'private',
    names: ['{town} Stål og Smedje ApS', 'Smedjen i {town}'],
    sizes: small,
    titles: ['Smedemester', 'Værkfører'],
    tasks: [t('Oprydning og klargøring på værkstedet', 'Rydde op, sortere materialer og klargøre emner til smedene.', '9329', [6, 12])],
  },
  {
    key: 'furniture', code: '310900', count: 1, sector: 'private',
    names: ['{word} Møbler ApS'],
    words: ['Lammefjord', 'Isefjord', 'Skovly'],
    sizes: small,
    titles: ['Værkfører', 'Indehaver'],
    tasks: [t('Slibning og pakning af møbler', 'Slibe emner, pakke færdige møbler og holde værkstedet ryddeligt.', '9329', [6, 12])],
  },
  {
    key: 'timber', code: '162300', count: 1, sector: 'private',
    names: ['{town} Træindustri ApS'],
    sizes: small,
    titles: ['Værkfører'],
    tasks: [t('Sortering af træ og oprydning på pladsen', 'Sortere træ efter mål, stable og rydde op på pladsen.', '9329', [6, 12])],
  },
  {
    key: 'waste', code: '381100', count: 1, sector: 'public', local: true,
    names: ['Fjordby Forsyning A/S, Affald og Genbrug'],
    sizes: [['50-249', 1]],
    titles: ['Pladsformand', 'Driftsleder'],
    tasks: [t('Genbrugspladsen: vejledning og sortering', 'Vejlede borgerne om sortering, holde containerpladsen ryddelig og sortere småt brændbart.', '9611', [6, 14])],
  },
  {
    key: 'recycling', code: '383200', count: 1, sector: 'private',
    names: ['{word} Genvinding ApS'],
    words: regionWords,
    sizes: small,
    titles: ['Driftsleder'],
    tasks: [t('Sortering af materialer', 'Sortere metal, pap og plast ved sorteringsbåndet.', '9612', [8, 15])],
  },

  // Construction (5 %).
  {
    key: 'builder', code: '412000', count: 3, sector: 'private',
    names: ['{surname} Byg ApS', '{town} Byg & Entreprise A/S', 'Murer- og Byggefirmaet {surname}'],
    sizes: small,
    titles: ['Byggeleder', 'Indehaver', 'Formand'],
    tasks: [t('Byggepladsmedhjælp: oprydning og materialer', 'Rydde op på byggepladsen, bære materialer og sortere affald.', '9313', [8, 15])],
  },
  {
    key: 'electrician', code: '432100', count: 3, sector: 'private',
    names: ['{surname} El-service ApS', '{town} El ApS', 'Elinstallatør {first} {surname}'],
    sizes: small,
    titles: ['Elinstallatør', 'Indehaver', 'Lageransvarlig'],
    tasks: [t('Lager og klargøring af materialer til montørerne', 'Holde styr på lageret, pakke materialer til dagens opgaver og rydde værkstedsbilerne.', '9333', [5, 10])],
  },
  {
    key: 'plumber', code: '432200', count: 3, sector: 'private',
    names: ['{surname} VVS ApS', '{town} VVS & Blik', 'VVS-firmaet {surname} & Søn'],
    sizes: small,
    titles: ['VVS-installatør', 'Indehaver', 'Servicechef'],
    tasks: [t('Lager, oprydning og medhjælp på serviceopgaver', 'Rydde lageret, klargøre materialer og hjælpe med at bære ved serviceopgaver.', '9313', [6, 12])],
  },
  {
    key: 'carpenter', code: '433200', count: 3, sector: 'private',
    names: ['Tømrerfirmaet {surname}', '{town} Tømrer og Snedker ApS', 'Tømrer {first} {surname}'],
    sizes: small,
    titles: ['Tømrermester', 'Indehaver'],
    tasks: [t('Tømrermedhjælp: oprydning og bæring', 'Rydde op på pladsen, bære materialer og hjælpe med enkle opgaver under vejledning.', '9313', [8, 15])],
  },
  {
    key: 'painter', code: '433410', count: 2, sector: 'private',
    names: ['Malerfirmaet {surname}', '{town} Malerservice ApS'],
    sizes: small,
    titles: ['Malermester', 'Indehaver'],
    tasks: [t('Afdækning og slibning før maling', 'Afdække gulve og vinduer, slibe og spartle under vejledning og rydde op.', '9313', [6, 12])],
  },
  {
    key: 'groundwork', code: '431200', count: 1, sector: 'private',
    names: ['{surname} Entreprenør og Kloak ApS'],
    sizes: small,
    titles: ['Indehaver', 'Formand'],
    tasks: [t('Medhjælp ved jord- og kloakarbejde', 'Rydde op omkring udgravninger, skovle og hjælpe med afspærring.', '9312', [8, 15])],
  },

  // Business services (15 %).
  {
    key: 'cleaning', code: '812100', count: 14, sector: 'private',
    names: ['{town} Rengøring', '{surname} Rengøringsservice ApS', 'Rent & Pænt {town} ApS', 'Glans Rengøring ApS', '{first}s Rengøring', 'Vestsjællands Servicepartner A/S', 'Fjordby Rengøringsservice ApS'],
    sizes: [['1-9', 5], ['10-49', 5], ['50-249', 1.5]],
    titles: ['Indehaver', 'Driftsleder', 'Områdeleder', 'Serviceleder'],
    tasks: [
      t('Rengøring af kontorer, tidlige morgener', 'Støvsuge, tømme skraldespande og gøre køkkener og toiletter rene efter tjekliste.', '9112', [5, 12]),
      t('Trappevask i boligforeninger, 3 formiddage', 'Vaske trapper og gøre opgange og vaskerier rene sammen med en fast kollega.', '9112', [6, 12]),
      t('Rengøring på skoler efter skoletid', 'Rengøre klasselokaler og gange efter skoletid på et fast hold.', '9112', [6, 15], true),
    ],
  },
  {
    key: 'windows', code: '812200', count: 2, sector: 'private',
    names: ['{town} Vinduespolering', '{surname} Industrirengøring ApS'],
    sizes: tiny,
    titles: ['Indehaver'],
    tasks: [t('Vinduespolering med fast makker', 'Pudse vinduer hos private og butikker sammen med en erfaren kollega.', '9123', [6, 12])],
  },
  {
    key: 'gardening', code: '813000', count: 12, sector: 'private',
    names: ['{surname} Anlægsgartner ApS', '{town} Have- og Anlægsservice', 'Grøn Linje {town}', 'Anlægsgartnerfirmaet {surname} & Søn', '{first}s Haveservice', 'Fjordby Anlæg og Pleje ApS'],
    sizes: small,
    titles: ['Anlægsgartnermester', 'Indehaver', 'Formand'],
    tasks: [
      t('Havepleje: lugning, græsslåning og beskæring', 'Luge bede, slå græs og beskære hække hos private og boligforeninger.', '9214', [6, 15]),
      t('Vintertjeneste og fejning', 'Feje og salte fortove og p-pladser og rydde op efter stormvejr.', '9214', [4, 10]),
    ],
  },
  {
    key: 'facility', code: '811000', count: 5, sector: 'private',
    names: ['{town} Ejendomsservice ApS', 'Fjordby Facility Service ApS', '{surname} Vicevært og Service'],
    sizes: small,
    titles: ['Driftsleder', 'Ejendomsmester', 'Indehaver'],
    tasks: [t('Viceværtmedhjælp: affald, trapper og udearealer', 'Tømme affaldsrum, feje, holde udearealer og hjælpe med små reparationer.', '5153', [6, 12])],
  },
  {
    key: 'staffing', code: '782000', count: 3, sector: 'private',
    names: ['{word} Vikarservice ApS', 'Vestsjællands Vikarbureau ApS'],
    words: regionWords,
    sizes: [['10-49', 3], ['1-9', 1]],
    titles: ['Konsulent', 'Afdelingsleder'],
    tasks: [t('Lagervikar, korte vagter', 'Korte vagter på lagre hos bureauets kunder, med fast kontaktperson.', '9333', [6, 15], true)],
  },
  {
    key: 'security', code: '801000', count: 2, sector: 'private',
    names: ['Vestsjællands Vagt ApS', '{town} Sikkerhed og Service ApS'],
    sizes: [['10-49', 2]],
    titles: ['Driftschef'],
    tasks: [t('Medhjælp ved parkering og runderinger', 'Gå runderinger sammen med en vagt, hjælpe ved parkering til arrangementer.', '5414', [6, 12])],
  },
  {
    key: 'packing', code: '829200', count: 3, sector: 'private',
    names: ['{town} Pakkeservice ApS', '{word} Emballage & Pakning ApS'],
    words: regionWords,
    sizes: [['10-49', 3], ['1-9', 1]],
    titles: ['Produktionsleder', 'Indehaver'],
    tasks: [t('Pakning og etikettering, 4 formiddage', 'Pakke varer i kasser, sætte etiketter på og stable på paller.', '9321', [8, 15])],
  },
  {
    key: 'bookkeeping', code: '692000', count: 2, sector: 'private',
    names: ['{surname} Revision & Bogføring', '{town} Regnskabsservice ApS'],
    sizes: tiny,
    titles: ['Revisor', 'Kontorchef'],
    tasks: [t('Scanning og arkivering af bilag', 'Scanne bilag, navngive filer og arkivere efter fast system.', '4132', [4, 10])],
  },
  {
    key: 'carRental', code: '771100', count: 2, sector: 'private',
    names: ['{town} Biludlejning ApS', 'Fjord Autoudlejning'],
    sizes: tiny,
    titles: ['Udlejningschef', 'Indehaver'],
    tasks: [t('Vask og klargøring af udlejningsbiler', 'Vaske og støvsuge biler mellem udlejninger og tjekke dæktryk og sprinklervæske.', '9122', [5, 10])],
  },

  // Public administration, education and health (25 %).
  {
    key: 'careHome', code: '873000', count: 12, sector: 'public', local: true,
    names: ['Fjordby Kommune, Plejecenter {inst}'],
    institutions: ['Solgården', 'Lindehøj', 'Egebjerghus', 'Bakkehuset', 'Rosenhaven', 'Møllegården', 'Fjordhaven', 'Kastanjehuset', 'Birkegården', 'Solvang', 'Kildebakken', 'Åbrinken'],
    sizes: [['50-249', 5], ['10-49', 1]],
    titles: ['Centerleder', 'Afdelingsleder', 'Køkkenleder', 'Aktivitetsmedarbejder', 'Servicemedarbejder, teamleder'],
    tasks: [
      t('Hjælp ved måltider og i caféen, 3 formiddage', 'Dække bord, hjælpe ved frokosten og i beboercaféen og tage af bordet.', '9412', [6, 12]),
      t('Gåture og aktiviteter med beboerne', 'Gå ture, spille spil og læse avis med beboerne sammen med aktivitetsmedarbejderen.', '5322', [4, 10]),
      t('Pedelhjælp: have og småreparationer', 'Holde haven, flytte møbler og hjælpe pedellen med små opgaver.', '9622', [6, 12]),
      t('Rengøring af fællesarealer', 'Rengøre fællesarealer og dagligstuer efter plan.', '9112', [6, 15], true),
    ],
  },
  {
    key: 'privateCareHome', code: '871000', count: 3, sector: 'private',
    names: ['Friplejehjemmet {inst} ApS', 'Plejehjemmet {inst} (selvejende)'],
    institutions: ['Skovly', 'Fjordbakken', 'Lindely', 'Egely'],
    sizes: [['10-49', 3], ['50-249', 1]],
    titles: ['Forstander', 'Souschef', 'Køkkenleder'],
    tasks: [t('Køkken og servering til beboerne', 'Hjælpe i køkkenet, servere og tage opvasken.', '9412', [6, 12])],
  },
  {
    key: 'homeCare', code: '881000', count: 5, sector: 'public', local: true,
    names: ['Fjordby Kommune, Hjemmeplejen {inst}'],
    institutions: ['Nord', 'Syd', 'Vest', 'Tølløse', 'Jyderup', 'Svinninge'],
    sizes: [['50-249', 4], ['10-49', 1]],
    titles: ['Gruppeleder', 'Områdeleder', 'Planlægger'],
    tasks: [
      t('Praktisk hjælp: indkøb og rengøring hos borgere', 'Handle ind og gøre rent hos ældre borgere sammen med en fast medarbejder.', '5322', [6, 12]),
      t('Sortering af hjælpemidler i depotet', 'Rengøre, sortere og registrere hjælpemidler i depotet.', '9333', [4, 10]),
    ],
  },
  {
    key: 'privateHomeCare', code: '881000', count: 3, sector: 'private',
    names: ['{word} Hjemmepleje ApS', 'Hjemmeplejefirmaet {surname}'],
    words: ['Omsorg', 'Hjertevarme', 'Trygt Hjem', 'Fjordens', 'Nærvær'],
    sizes: [['10-49', 3], ['1-9', 1]],
    titles: ['Indehaver', 'Planlægger'],
    tasks: [t('Praktisk hjælp i hjemmet', 'Rengøring og indkøb hos borgere med fast rute og kollega.', '5322', [6, 12], true)],
  },
  {
    key: 'kindergarten', code: '889130', count: 9, sector: 'public', local: true,
    names: ['Fjordby Kommune, Børnehuset {inst}'],
    institutions: ['Mariehønen', 'Troldehøj', 'Solsikken', 'Regnbuen', 'Skovtrolden', 'Humlebien', 'Bikuben', 'Æblehaven', 'Myretuen', 'Kernehuset'],
    sizes: [['10-49', 6], ['50-249', 1]],
    titles: ['Daglig leder', 'Souschef', 'Køkkenansvarlig', 'Pædagog'],
    tasks: [
      t('Pædagogisk medhjælp på legepladsen, formiddage', 'Være med på legepladsen, hjælpe ved påklædning og måltider.', '5311', [6, 12]),
      t('Køkkenhjælp: frokost og frugt til børnene', 'Lave frokost og frugt til børnene og tage opvasken.', '9412', [6, 12]),
    ],
  },
  {
    key: 'privateKindergarten', code: '889130', count: 3, sector: 'private',
    names: ['Naturbørnehaven {inst}', 'Den private børnehave {inst}'],
    institutions: ['Skovmusen', 'Egernet', 'Grævlingen', 'Tusindfryd'],
    sizes: tiny,
    titles: ['Leder', 'Pædagog'],
    tasks: [t('Medhjælp i naturbørnehaven', 'Være med på ture, hjælpe ved bålet og holde udearealerne.', '5311', [6, 12])],
  },
  {
    key: 'nursery', code: '889120', count: 3, sector: 'public', local: true,
    names: ['Fjordby Kommune, Vuggestuen {inst}'],
    institutions: ['Spirehuset', 'Rollingerne', 'Lillebjørn', 'Kravlenissen'],
    sizes: [['10-49', 1]],
    titles: ['Daglig leder', 'Pædagog'],
    tasks: [t('Køkken og vasketøj i vuggestuen', 'Klargøre mad og frugt, vaske og lægge tøj sammen.', '9412', [5, 10])],
  },
  {
    key: 'school', code: '852010', count: 8, sector: 'public', local: true,
    names: ['Fjordby Kommune, {inst}'],
    institutions: ['Fjordskolen', 'Bakkeskolen', 'Engskolen', 'Søskolen', 'Nordskolen', 'Lindeskolen', 'Vestskolen', 'Åskolen', 'Kildeskolen'],
    sizes: [['50-249', 5], ['10-49', 1]],
    titles: ['Skoleleder', 'Pedel', 'SFO-leder', 'Administrativ leder'],
    tasks: [
      t('Skolemedhjælper i SFO, eftermiddage', 'Være med i SFO-aktiviteter, på legepladsen og ved eftermiddagsmaden.', '5312', [6, 12]),
      t('Pedelmedhjælper: oprydning og udearealer', 'Hjælpe pedellen med oprydning, flytning af møbler og udearealer.', '5153', [6, 12]),
    ],
  },
  {
    key: 'friskole', code: '852010', count: 2, sector: 'private',
    names: ['{town} Friskole', '{inst} Friskole'],
    institutions: ['Lammefjordens', 'Skovbrynets'],
    sizes: [['10-49', 2]],
    titles: ['Skoleleder', 'Pedel'],
    tasks: [t('Køkken og kantine på skolen', 'Hjælpe med skolemaden og holde kantinen ryddelig.', '9412', [6, 12])],
  },
  {
    key: 'schoolService', code: '856000', count: 1, sector: 'public', local: true,
    names: ['Fjordby Kommune, Skoletjenesten'],
    sizes: [['10-49', 1]],
    titles: ['Leder', 'Koordinator'],
    tasks: [t('Klargøring af undervisningsmaterialer', 'Pakke og sende materialekasser til skolerne og registrere udlån.', '4110', [4, 10])],
  },
  {
    key: 'municipality', code: '841100', count: 8, sector: 'public', local: true,
    names: ['Fjordby Kommune, {inst}'],
    institutions: ['Vej og Park', 'Materielgården', 'Rådhusets Service og Post', 'Borgerservice', 'Ejendomsdrift', 'Intern Service', 'Kultur og Fritid, Fritidsdrift', 'Natur og Miljø, Naturplejen'],
    sizes: [['50-249', 2], ['10-49', 2]],
    titles: ['Driftsleder', 'Afdelingsleder', 'Teamleder', 'Værkfører'],
    tasks: [
      t('Renhold af grønne områder og stier', 'Samle affald, slå græs og holde stier og legepladser sammen med et fast sjak.', '9214', [6, 15]),
      t('Intern post og kopiering, 3 formiddage', 'Sortere og omdele intern post, fylde printere op og klargøre mødelokaler.', '4412', [5, 10]),
      t('Oprydning og vask af materiel', 'Vaske og rydde materiel, sortere værktøj og feje hallen.', '9622', [6, 12]),
    ],
  },
  {
    key: 'hospital', code: '861000', count: 1, sector: 'public', local: true,
    names: ['Region Sjælland, Fjordby Sygehus'],
    sizes: [['250+', 1]],
    titles: ['Servicechef', 'Afdelingsleder, køkken', 'HR-konsulent'],
    tasks: [
      t('Servicemedarbejder i sygehuskøkkenet', 'Pakke mad til afdelingerne, tage opvask og gøre køkkenet rent.', '9412', [8, 15]),
      t('Portørmedhjælp: transport af varer og senge', 'Køre varer, linned og tomme senge mellem afdelingerne sammen med en portør.', '9629', [6, 12]),
    ],
  },
  {
    key: 'residential', code: '872000', count: 4, sector: 'public', local: true,
    names: ['Fjordby Kommune, Bostedet {inst}'],
    institutions: ['Egelyhus', 'Kildehuset', 'Lærkebo', 'Strandhuset'],
    sizes: [['10-49', 3], ['50-249', 1]],
    titles: ['Forstander', 'Afdelingsleder', 'Pædagog'],
    tasks: [
      t('Køkken og fællesspisning', 'Lave mad sammen med beboerne og holde køkkenet.', '9412', [6, 12]),
      t('Pedelopgaver og have', 'Holde haven, småreparationer og oprydning sammen med pedellen.', '9622', [6, 12]),
    ],
  },
  {
    key: 'dentist', code: '862300', count: 4, sector: 'private',
    names: ['{surname} Tandklinik', 'Tandlægerne på {street}', '{town} Tandlægehus'],
    sizes: tiny,
    titles: ['Tandlæge, indehaver', 'Klinikchef'],
    tasks: [t('Rengøring og klargøring af klinikken', 'Rengøre behandlingsrum efter hygiejneplanen og fylde op.', '9112', [4, 8])],
  },
  {
    key: 'doctor', code: '862100', count: 4, sector: 'private',
    names: ['Lægehuset på {street}', 'Lægerne i {town}', '{town} Lægecenter'],
    sizes: tiny,
    titles: ['Praktiserende læge', 'Klinikkoordinator'],
    tasks: [t('Reception og telefon, formiddage', 'Tage imod patienter, besvare telefon efter manuskript og holde venteværelset.', '4226', [4, 10])],
  },

  // Culture, leisure and other services (6 %).
  {
    key: 'sportsHall', code: '931100', count: 3, sector: 'public', local: true,
    names: ['Fjordby Kommune, {inst}'],
    institutions: ['Fjordby Svømmehal', 'Tølløse-Hallen', 'Jyderup-Hallen', 'Vipperød Idrætscenter'],
    sizes: [['10-49', 1]],
    titles: ['Centerleder', 'Halinspektør'],
    tasks: [
      t('Hallen: rengøring og klargøring af baner', 'Rengøre omklædningsrum, klargøre baner og rydde op efter arrangementer.', '9112', [6, 12]),
      t('Cafeteria i hallen, eftermiddage', 'Ekspedere i cafeteriet, lave sandwich og tage opvasken.', '5246', [5, 10], true),
    ],
  },
  {
    key: 'sportsClub', code: '931200', count: 2, sector: 'private',
    names: ['{town} Boldklub', '{town} Gymnastikforening'],
    sizes: tiny,
    titles: ['Formand', 'Klubchef'],
    tasks: [t('Banemand: kridtning og vedligehold', 'Kridte og slå baner, samle bolde og holde klubhuset.', '9214', [4, 10])],
  },
  {
    key: 'library', code: '910100', count: 2, sector: 'public', local: true,
    names: ['Fjordby Bibliotekerne, {inst}'],
    institutions: ['Hovedbiblioteket', 'Tølløse Bibliotek', 'Jyderup Bibliotek'],
    sizes: [['10-49', 1]],
    titles: ['Biblioteksleder', 'Driftskoordinator'],
    tasks: [t('Opstilling af bøger og reserveringer', 'Sætte bøger på plads, klargøre reserveringer og rydde op i udlånet.', '4411', [4, 10])],
  },
  {
    key: 'museum', code: '910200', count: 1, sector: 'private',
    names: ['Museum Fjordby (selvejende institution)'],
    sizes: [['10-49', 1]],
    titles: ['Museumsinspektør', 'Butiksansvarlig'],
    tasks: [t('Museumsbutik og café', 'Ekspedere i butikken, brygge kaffe og holde caféen.', '5223', [4, 8])],
  },
  {
    key: 'fitness', code: '931300', count: 2, sector: 'private',
    names: ['{word} Fitness ApS', 'Fitnesscentret {town}'],
    words: ['Fjord', 'Puls', 'Kraft', 'Aktiv'],
    sizes: tiny,
    titles: ['Centerchef', 'Indehaver'],
    tasks: [t('Rengøring af maskiner og omklædning', 'Tørre maskiner af, rengøre omklædning og fylde håndklæder op.', '9112', [4, 8])],
  },
  {
    key: 'hairdresser', code: '960210', count: 3, sector: 'private',
    names: ['Salon {first}', 'Frisør {first}', '{town} Frisørsalon'],
    sizes: [['1-9', 1]],
    titles: ['Frisørmester', 'Indehaver'],
    tasks: [t('Reception, vasketøj og oprydning', 'Tage imod kunder, vaske håndklæder, feje og holde salonen pæn.', '9629', [4, 8])],
  },
  {
    key: 'laundry', code: '960100', count: 2, sector: 'private',
    names: ['{town} Vaskeri ApS', 'Vestsjællands Linnedservice A/S'],
    sizes: [['10-49', 2], ['50-249', 1]],
    titles: ['Driftsleder', 'Produktionsleder'],
    tasks: [t('Sortering og foldning af linned, 4 formiddage', 'Sortere snavset linned, folde rent linned og pakke til kunderne.', '9121', [8, 15])],
  },
  {
    key: 'association', code: '949900', count: 2, sector: 'private',
    names: ['{town} Frivilligcenter', 'Foreningen {word}'],
    words: ['Fællesskabet', 'Mødestedet', 'Væresteddet'],
    sizes: tiny,
    titles: ['Koordinator', 'Formand'],
    tasks: [t('Café og køkken i værestedet', 'Lave kaffe og frokost, tage imod gæster og rydde op.', '9412', [4, 10])],
  },

  // Agriculture (1 %), information (1 %), finance, real estate (2 %).
  {
    key: 'farm', code: '015000', count: 1, sector: 'private',
    names: ['{word} I/S'],
    words: ['Egholmgård', 'Vestergaard', 'Lyngbygård', 'Skovgården'],
    sizes: tiny,
    titles: ['Landmand, ejer'],
    tasks: [t('Staldarbejde og oprydning på gården', 'Muge ud, fodre og rydde op i maskinhuset.', '9212', [6, 15])],
  },
  {
    key: 'nursery-garden', code: '011300', count: 1, sector: 'private',
    names: ['Lammefjordens Grøntgartneri', '{town} Gartneri ApS'],
    sizes: [['10-49', 1]],
    titles: ['Gartner, ejer', 'Formand'],
    tasks: [t('Høst og pakning af grøntsager', 'Høste, rense og pakke grøntsager i pakkehallen.', '9211', [8, 15])],
  },
  {
    key: 'contractor', code: '016100', count: 1, sector: 'private',
    names: ['{surname} Maskinstation ApS'],
    sizes: tiny,
    titles: ['Indehaver'],
    tasks: [t('Vask af maskiner og oprydning', 'Vaske maskiner og redskaber og holde værkstedet ryddeligt.', '9211', [6, 12])],
  },
  {
    key: 'dairy-farm', code: '014100', count: 1, sector: 'private',
    names: ['{word}, Mælkeproduktion'],
    words: ['Bøgebjerggård', 'Nørregård', 'Højgården'],
    sizes: tiny,
    titles: ['Landmand, ejer', 'Driftsleder'],
    tasks: [t('Medhjælp i kostalden', 'Fodre, strø og rengøre i kostalden under vejledning.', '9212', [8, 15])],
  },
  {
    key: 'it', code: '620100', count: 2, sector: 'private',
    names: ['{word} IT ApS', '{town} Datahjælp'],
    words: ['Fjord', 'Nordvest', 'Klik', 'Bit'],
    sizes: tiny,
    titles: ['Indehaver', 'Teknisk chef'],
    tasks: [t('Klargøring og test af brugte computere', 'Slette, rengøre og teste brugte computere efter tjekliste.', '3512', [4, 10])],
  },
  {
    key: 'bank', code: '641900', count: 1, sector: 'private',
    names: ['Fjordby Sparekasse'],
    sizes: [['50-249', 1]],
    titles: ['Filialdirektør', 'HR-partner'],
    tasks: [t('Intern post og arkiv', 'Sortere post, scanne og arkivere dokumenter.', '4412', [4, 8])],
  },
  {
    key: 'propertyAdmin', code: '683200', count: 4, sector: 'private',
    names: ['{town} Ejendomsadministration ApS', 'Boligadministrationen {town}', '{surname} Ejendomme ApS'],
    sizes: tiny,
    titles: ['Administrator', 'Indehaver'],
    tasks: [t('Arkiv og scanning', 'Scanne og arkivere lejekontrakter og bilag efter fast system.', '4132', [4, 8])],
  },
  {
    key: 'housing', code: '683200', count: 2, sector: 'private', local: true,
    names: ['Boligselskabet Fjordbo', 'Boligforeningen Vestbo'],
    sizes: [['10-49', 1]],
    titles: ['Driftschef', 'Ejendomsmester', 'Boligsocial medarbejder'],
    tasks: [
      t('Ejendomsfunktionær-medhjælp i Solbakken', 'Holde udearealer og affaldsøer, hjælpe ejendomsmesteren med små reparationer.', '5153', [6, 15]),
      t('Grønne områder i boligområdet', 'Slå græs, luge og samle affald i boligområdet sammen med driften.', '9214', [6, 12]),
    ],
  },

  // Employment whose activity is not stated (3 %).
  {
    key: 'unknown', code: null, count: 8, sector: 'private',
    names: ['Handelsselskabet {surname} ApS', '{first} {surname} Service', 'Multiservice {town} ApS', '{surname} Holding ApS', '{town} Partner ApS'],
    sizes: tiny,
    titles: ['Indehaver', 'Direktør'],
    tasks: [t('Forefaldende arbejde', 'Oprydning, pakning og forefaldende opgaver efter aftale.', '9629', [4, 10])],
  },
];

/** The housing organisation whose operations take TRIN citizens from Solbakken (004, krav 1). */
export const housingOrganisationName = 'Boligselskabet Fjordbo';

/** Postcodes the network sits in (all real), weighted: Holbæk Kommune first, then neighbours within about 30 km, a few further out. */
export const companyPostcodes: readonly (readonly [string, number])[] = [
  ['4300', 40], ['4340', 5], ['4390', 4], ['4450', 5], ['4520', 3], ['4420', 2], ['4440', 2], ['4350', 1.5],
  ['4370', 1.5], ['4360', 1], ['4460', 1], ['4532', 1], ['4490', 1],
  ['4000', 6], ['4320', 2], ['4330', 2], ['4500', 3], ['4550', 2], ['4573', 1], ['4540', 1], ['4560', 1], ['4581', 0.5],
  ['4050', 1], ['4295', 1], ['4470', 1], ['4140', 0.5], ['4100', 2],
  ['4400', 2.5], ['4200', 1.5], ['4270', 0.5], ['2630', 1],
];

/** Postcodes of Holbæk Kommune, where the municipality's own workplaces are. */
export const municipalityPostcodes: readonly (readonly [string, number])[] = [
  ['4300', 40], ['4340', 6], ['4390', 5], ['4450', 6], ['4520', 3], ['4420', 2], ['4440', 2], ['4350', 1], ['4370', 2], ['4360', 1], ['4460', 1], ['4532', 1],
];
