/**
 * Name and address material for the demo seed: Danish first names by birth
 * cohort (a 60-year-old is rarely called Freja), common Danish surnames
 * weighted roughly by frequency (Danmarks Statistik's name statistics), names
 * of other origins that are common in Denmark, Danish street names and the
 * postcodes of one coherent area (the Holbæk area in Vestsjælland).
 */
import type { Random } from './random.ts';
import type { Sex } from '../../domain/identity/cpr.ts';

export type Cohort = 'older' | 'middle' | 'younger';

/** older: born before 1975; middle: 1975-1989; younger: 1990 and later. */
export function cohortOf(birthYear: number): Cohort {
  if (birthYear < 1975) return 'older';
  if (birthYear < 1990) return 'middle';
  return 'younger';
}

const danishFirst: Record<Sex, Record<Cohort, readonly string[]>> = {
  female: {
    older: [
      'Kirsten', 'Hanne', 'Anne', 'Susanne', 'Lene', 'Bente', 'Jette', 'Inge', 'Birgitte', 'Lone', 'Helle',
      'Marianne', 'Pia', 'Annette', 'Vibeke', 'Gitte', 'Tina', 'Dorthe', 'Karin', 'Ulla', 'Merete', 'Jane',
      'Winnie', 'Lisbeth', 'Connie', 'Grethe', 'Tove', 'Lillian',
    ],
    middle: [
      'Mette', 'Louise', 'Camilla', 'Charlotte', 'Maria', 'Rikke', 'Heidi', 'Malene', 'Trine', 'Sandra', 'Karina',
      'Jeanette', 'Stine', 'Line', 'Tanja', 'Pernille', 'Maja', 'Christina', 'Katrine', 'Anja', 'Anne', 'Janni',
      'Michelle', 'Lise', 'Dorte', 'Sanne', 'Tina',
    ],
    younger: [
      'Julie', 'Sofie', 'Emma', 'Ida', 'Laura', 'Mathilde', 'Cecilie', 'Freja', 'Caroline', 'Emilie', 'Sara',
      'Amalie', 'Nanna', 'Signe', 'Josefine', 'Clara', 'Anna', 'Isabella', 'Frida', 'Natasja', 'Sarah', 'Katrine',
      'Maja', 'Line', 'Christina', 'Nicoline',
    ],
  },
  male: {
    older: [
      'Jens', 'Peter', 'Hans', 'Lars', 'Søren', 'Niels', 'Jørgen', 'Per', 'Henrik', 'Ole', 'Bent', 'Poul', 'Kim',
      'Torben', 'Flemming', 'Steen', 'Carsten', 'Allan', 'Jan', 'Erik', 'Finn', 'Leif', 'Bo', 'John', 'Michael',
      'Kurt', 'Preben', 'Benny',
    ],
    middle: [
      'Thomas', 'Martin', 'Jesper', 'Rasmus', 'Christian', 'Morten', 'Brian', 'Dennis', 'Kenneth', 'René', 'Anders',
      'Jacob', 'Kasper', 'Nicolai', 'Jonas', 'Mads', 'Daniel', 'Simon', 'Mikkel', 'Jimmi', 'Michael', 'Tommy',
      'Claus', 'Jannik', 'Steffen', 'Kristian',
    ],
    younger: [
      'Mathias', 'Frederik', 'Emil', 'Oliver', 'William', 'Lucas', 'Magnus', 'Victor', 'Alexander', 'Sebastian',
      'Noah', 'Oscar', 'Tobias', 'Malthe', 'Marcus', 'Mikkel', 'Jonas', 'Andreas', 'Nikolaj', 'Christoffer', 'Mads',
      'Rasmus', 'Kasper', 'Patrick', 'Benjamin',
    ],
  },
};

/** Common Danish surnames with weights proportional to their frequency (thousands of bearers, rounded). */
const danishLast: readonly (readonly [string, number])[] = [
  ['Nielsen', 230], ['Jensen', 230], ['Hansen', 195], ['Andersen', 155], ['Pedersen', 153], ['Christensen', 107],
  ['Larsen', 106], ['Sørensen', 99], ['Rasmussen', 83], ['Jørgensen', 77], ['Petersen', 72], ['Madsen', 58],
  ['Kristensen', 57], ['Olsen', 46], ['Thomsen', 37], ['Christiansen', 33], ['Poulsen', 31], ['Johansen', 30],
  ['Møller', 29], ['Mortensen', 27], ['Knudsen', 24], ['Jakobsen', 23], ['Jacobsen', 19], ['Mikkelsen', 19],
  ['Olesen', 19], ['Frederiksen', 18], ['Laursen', 17], ['Henriksen', 17], ['Lund', 17], ['Holm', 15],
  ['Schmidt', 15], ['Eriksen', 14], ['Kristiansen', 13], ['Clausen', 13], ['Simonsen', 12], ['Svendsen', 12],
  ['Andreasen', 12], ['Iversen', 11], ['Jeppesen', 11], ['Vestergaard', 11], ['Mogensen', 11], ['Nissen', 10],
  ['Lauridsen', 10], ['Kjær', 10], ['Jespersen', 10], ['Holst', 9], ['Bertelsen', 8], ['Nygaard', 8],
  ['Østergaard', 8], ['Søndergaard', 8], ['Dam', 7], ['Friis', 7], ['Bach', 7], ['Kjeldsen', 6], ['Lind', 6],
  ['Skov', 6], ['Winther', 6], ['Berg', 6], ['Dahl', 5], ['Krogh', 5], ['Bruun', 5], ['Thygesen', 4],
  ['Mathiasen', 4], ['Juhl', 4], ['Brandt', 4], ['Overgaard', 4], ['Bak', 4], ['Hedegaard', 3],
];

export type Origin =
  | 'danish'
  | 'arabic'
  | 'turkish'
  | 'somali'
  | 'afghan'
  | 'eritrean'
  | 'ukrainian'
  | 'polish'
  | 'pakistani';

interface OriginNames {
  female: readonly string[];
  male: readonly string[];
  last: readonly string[];
}

const otherOrigins: Record<Exclude<Origin, 'danish'>, OriginNames> = {
  arabic: {
    female: ['Fatima', 'Zainab', 'Aisha', 'Maryam', 'Amina', 'Noor', 'Sara', 'Leila', 'Hana', 'Yasmin', 'Layla', 'Rania', 'Huda', 'Asma'],
    male: ['Mohammad', 'Ahmed', 'Ali', 'Omar', 'Hassan', 'Hussein', 'Mustafa', 'Yusuf', 'Ibrahim', 'Khalid', 'Bilal', 'Karim', 'Samir', 'Jamal', 'Mahmoud', 'Mohammed'],
    last: ['Hussein', 'Ali', 'Ahmed', 'Mohamad', 'Hassan', 'Ibrahim', 'Mahmoud', 'Nasser', 'Jaber', 'Al-Hassan', 'Khalil', 'Saleh', 'Haddad', 'El-Sayed', 'Abbas', 'Hamad'],
  },
  turkish: {
    female: ['Elif', 'Zeynep', 'Ayse', 'Merve', 'Fatma', 'Emine', 'Hatice', 'Esra', 'Büsra', 'Sibel'],
    male: ['Mehmet', 'Emre', 'Murat', 'Mustafa', 'Ali', 'Hakan', 'Serkan', 'Burak', 'Volkan', 'Kemal'],
    last: ['Yilmaz', 'Kaya', 'Demir', 'Çelik', 'Öztürk', 'Sahin', 'Yildiz', 'Aydin', 'Arslan', 'Dogan', 'Kiliç', 'Aslan'],
  },
  somali: {
    female: ['Hodan', 'Fadumo', 'Ayan', 'Amina', 'Hibo', 'Sahra', 'Nimo', 'Ifrah', 'Deeqa', 'Khadra'],
    male: ['Abdullahi', 'Mahad', 'Abdi', 'Mohamed', 'Ahmed', 'Hassan', 'Abdirahman', 'Liban', 'Farah', 'Said'],
    last: ['Abdi', 'Mohamed', 'Ali', 'Hassan', 'Omar', 'Farah', 'Warsame', 'Osman', 'Jama', 'Nur', 'Yusuf', 'Aden'],
  },
  afghan: {
    female: ['Zahra', 'Fatima', 'Maryam', 'Mahnaz', 'Shabnam', 'Parwana', 'Nadia', 'Roya', 'Farzana', 'Habiba'],
    male: ['Ahmad', 'Mohammad', 'Ali', 'Reza', 'Hamid', 'Javid', 'Nasir', 'Wahid', 'Farid', 'Sayed'],
    last: ['Rahimi', 'Hosseini', 'Haidari', 'Ahmadi', 'Mohammadi', 'Karimi', 'Sultani', 'Nazari', 'Amiri', 'Jafari'],
  },
  eritrean: {
    female: ['Semhar', 'Helen', 'Rahel', 'Selam', 'Saba', 'Luwam', 'Senait', 'Yordanos', 'Mebrat', 'Ruth'],
    male: ['Dawit', 'Yonas', 'Filmon', 'Samuel', 'Tesfay', 'Habtom', 'Daniel', 'Michael', 'Yohannes', 'Amanuel'],
    last: ['Tesfay', 'Gebremedhin', 'Haile', 'Tekle', 'Kidane', 'Berhane', 'Ghebremariam', 'Woldu', 'Mehari', 'Asmerom'],
  },
  ukrainian: {
    female: ['Olena', 'Iryna', 'Nataliia', 'Oksana', 'Tetiana', 'Yuliia', 'Kateryna', 'Anastasiia', 'Svitlana', 'Olha'],
    male: ['Oleksandr', 'Andrii', 'Serhii', 'Dmytro', 'Volodymyr', 'Mykola', 'Yurii', 'Vasyl', 'Ihor', 'Maksym'],
    last: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Marchenko', 'Lysenko', 'Rudenko'],
  },
  polish: {
    female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Anna', 'Monika', 'Ewa', 'Marta'],
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Pawel', 'Marcin', 'Michal', 'Lukasz', 'Grzegorz'],
    last: ['Nowak', 'Wójcik', 'Kaczmarek', 'Mazur', 'Krawczyk', 'Zając', 'Król', 'Wróbel', 'Dudek', 'Sikora'],
  },
  pakistani: {
    female: ['Sana', 'Ayesha', 'Nadia', 'Saima', 'Rubina', 'Shazia', 'Hina', 'Farah'],
    male: ['Imran', 'Asif', 'Tariq', 'Kamran', 'Shahid', 'Usman', 'Adnan', 'Faisal'],
    last: ['Khan', 'Butt', 'Malik', 'Chaudhry', 'Qureshi', 'Iqbal', 'Rashid', 'Shah'],
  },
};

/** Origins of citizens on integration benefit (recent refugees and family reunification). */
export const integrationOrigins: readonly (readonly [Origin, number])[] = [
  ['arabic', 34], ['eritrean', 20], ['afghan', 16], ['somali', 12], ['ukrainian', 18],
];

/** Origins of other citizens whose names are not Danish (long-settled groups and EU citizens). */
export const settledOrigins: readonly (readonly [Origin, number])[] = [
  ['arabic', 28], ['turkish', 24], ['somali', 14], ['pakistani', 10], ['afghan', 8], ['polish', 10], ['eritrean', 6],
];

export interface PersonName {
  firstName: string;
  lastName: string;
}

/** A first and last name that fit the sex, birth year and origin. */
export function personName(random: Random, sex: Sex, birthYear: number, origin: Origin): PersonName {
  if (origin === 'danish') {
    const cohort = cohortOf(birthYear);
    // Mostly names of the person's own cohort, sometimes a neighbouring one.
    const neighbours: Record<Cohort, Cohort> = { older: 'middle', middle: random.chance(0.5) ? 'older' : 'younger', younger: 'middle' };
    const pool = danishFirst[sex][random.chance(0.8) ? cohort : neighbours[cohort]];
    let lastName = random.weighted(danishLast);
    // A few double surnames ("Holm Jensen").
    if (random.chance(0.06)) {
      const first = random.weighted(danishLast);
      if (first !== lastName) lastName = `${first} ${lastName}`;
    }
    return { firstName: random.pick(pool), lastName };
  }
  const names = otherOrigins[origin];
  return { firstName: random.pick(sex === 'female' ? names.female : names.male), lastName: random.pick(names.last) };
}

/** Lower-case ASCII for usernames and e-mail addresses: 'Søren Kjær' -> 'soeren.kjaer'. */
export function asciiSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Postcodes and towns of Holbæk Kommune (all real), weighted roughly by population. */
export const postcodes: readonly (readonly [{ postcode: string; city: string }, number])[] = [
  [{ postcode: '4300', city: 'Holbæk' }, 45],
  [{ postcode: '4340', city: 'Tølløse' }, 7],
  [{ postcode: '4350', city: 'Ugerløse' }, 3],
  [{ postcode: '4360', city: 'Kirke Eskilstrup' }, 2],
  [{ postcode: '4370', city: 'Store Merløse' }, 2],
  [{ postcode: '4390', city: 'Vipperød' }, 6],
  [{ postcode: '4420', city: 'Regstrup' }, 4],
  [{ postcode: '4440', city: 'Mørkøv' }, 4],
  [{ postcode: '4450', city: 'Jyderup' }, 8],
  [{ postcode: '4460', city: 'Snertinge' }, 3],
  [{ postcode: '4490', city: 'Jerslev Sjælland' }, 2],
  [{ postcode: '4520', city: 'Svinninge' }, 5],
  [{ postcode: '4532', city: 'Gislinge' }, 2],
];

/** The outreach office's housing area (fictional) in 4300 Holbæk. */
export const housingArea = { name: 'Solbakken', postcode: '4300', city: 'Holbæk', lastNumber: 48 } as const;

/** Street names of the kind found in any Danish town. */
export const streets: readonly string[] = [
  'Ahlgade', 'Smedelundsgade', 'Jernbanevej', 'Slotsvej', 'Roskildevej', 'Kalundborgvej', 'Stationsvej', 'Skolevej',
  'Kirkevej', 'Møllevej', 'Bøgevej', 'Egevej', 'Birkevej', 'Ahornvej', 'Lærkevej', 'Engvej', 'Mosevej', 'Grønnegade',
  'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Parkvej', 'Rosenvænget', 'Kastanievej', 'Violvej', 'Fasanvej',
  'Skovvej', 'Bakkevej', 'Ringstedvej', 'Tjørnevej', 'Fjordvej', 'Strandvej', 'Havnevej', 'Markvej', 'Lupinvej',
  'Hyldevej', 'Elmevej', 'Granvej', 'Poppelvej', 'Syrenvej', 'Mejsevej', 'Vibevej', 'Agervej', 'Toftevej',
  'Byvejen', 'Bygaden', 'Hovedgaden', 'Præstevænget', 'Åvej', 'Kildevej', 'Teglværksvej', 'Industrivej', 'Gartnervej',
];

const floors = ['st.', '1.', '2.', '3.', '4.'] as const;
const sides = ['th.', 'tv.', 'mf.'] as const;

/** 'Birkevej 14' or 'Vestergade 3, 2. th.' */
export function streetAddress(random: Random, apartmentShare: number): string {
  // Low house numbers are the most common.
  const number = Math.min(160, 1 + Math.floor(Math.abs(random.normal(0, 35))));
  const letter = random.chance(0.08) ? random.pick(['A', 'B', 'C']) : '';
  const base = `${random.pick(streets)} ${number}${letter}`;
  return random.chance(apartmentShare) ? `${base}, ${random.pick(floors)} ${random.pick(sides)}` : base;
}

/** An address in the housing area: blocks of flats. */
export function housingAreaAddress(random: Random): string {
  return `${housingArea.name} ${random.int(1, housingArea.lastNumber)}, ${random.pick(floors)} ${random.pick(sides)}`;
}

/** A Danish mobile number as eight digits (2x, 30/31, 40-42, 50-53, 60/61, 71, 81, 91/93 series). */
export function mobileNumber(random: Random): string {
  const prefix = random.weighted<string>([
    ['2', 40], ['30', 6], ['31', 6], ['40', 6], ['41', 5], ['42', 5], ['50', 5], ['51', 5], ['52', 3], ['53', 3],
    ['60', 4], ['61', 4], ['71', 3], ['81', 2], ['91', 2], ['93', 1],
  ]);
  let digits = prefix;
  while (digits.length < 8) digits += String(random.int(0, 9));
  return digits;
}
