/**
 * The citizen's CV (CvContent in docs/contracts/case-work-api.md §B): a short
 * profile, earlier jobs in the job area before the benefit history began,
 * schooling, AMU courses, competences, languages and driving licence. Later
 * versions add a course or the current placement and sharpen the profile.
 */
import type { DemoCitizen } from '../context.ts';
import type { Origin } from '../names.ts';
import type { Random } from '../random.ts';
import type { Theme } from './occupations.ts';
import { adjectives, leisure } from './texts.ts';

export interface CvContent {
  profile: string;
  workExperience: { employer: string; title: string; from: string | null; to: string | null; tasks: string }[];
  education: { institution: string; title: string; from: string | null; to: string | null; completed: boolean }[];
  courses: { title: string; provider: string | null; year: number | null }[];
  competences: string[];
  leisure: string;
  languages: { language: string; level: 'basic' | 'good' | 'fluent' | 'native' }[];
  drivingLicence: string[];
}

const mother: Record<Exclude<Origin, 'danish'>, { language: string; country: string }> = {
  arabic: { language: 'Arabisk', country: 'Syrien' },
  turkish: { language: 'Tyrkisk', country: 'Tyrkiet' },
  somali: { language: 'Somali', country: 'Somalia' },
  afghan: { language: 'Dari', country: 'Afghanistan' },
  eritrean: { language: 'Tigrinya', country: 'Eritrea' },
  ukrainian: { language: 'Ukrainsk', country: 'Ukraine' },
  polish: { language: 'Polsk', country: 'Polen' },
  pakistani: { language: 'Urdu', country: 'Pakistan' },
};

const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;

/** The first CV of a citizen, written on `date`. */
export function firstCv(random: Random, citizen: DemoCitizen, theme: Theme, date: string): CvContent {
  const birthYear = Number(citizen.birthDate.slice(0, 4));
  const benefitSince = Number((citizen.spells[0]?.from ?? date).slice(0, 4));
  const workEnd = Math.max(birthYear + 19, benefitSince);
  const work: CvContent['workExperience'] = [];
  // Months since year 0, walking back from the last job; jobs never overlap and start at 17 or later.
  let to = workEnd * 12 + random.int(0, 11);
  for (const job of random.shuffle(theme.work).slice(0, random.int(1, Math.min(3, theme.work.length)))) {
    const from = to - random.int(10, 48);
    if (from < (birthYear + 17) * 12) break;
    work.push({ employer: job.employer, title: job.title, from: month(Math.floor(from / 12), (from % 12) + 1), to: month(Math.floor(to / 12), (to % 12) + 1), tasks: job.tasks });
    to = from - random.int(1, 24);
  }
  const origin = citizen.origin;
  const abroad = origin === 'danish' ? null : mother[origin];
  const education: CvContent['education'] = abroad
    ? [{ institution: `Grundskole i ${abroad.country}`, title: 'Grundskole', from: null, to: month(birthYear + 15, 6), completed: true }]
    : [{ institution: 'Fjordby Skole', title: 'Folkeskolens 9. klasse', from: month(birthYear + 7, 8), to: month(birthYear + 16, 6), completed: true }];
  if (random.chance(0.35)) {
    const start = birthYear + random.int(17, 25);
    education.push(
      random.chance(0.5)
        ? { institution: 'SOSU Sjælland', title: 'Social- og sundhedshjælperuddannelsen', from: month(start, 8), to: null, completed: false }
        : { institution: 'EUC Nordvestsjælland', title: 'Grundforløb, erhvervsuddannelse', from: month(start, 8), to: month(start + 1, 1), completed: random.chance(0.6) },
    );
  }
  const languages: CvContent['languages'] = abroad
    ? [{ language: abroad.language, level: 'native' }, { language: 'Dansk', level: random.pick(['basic', 'good', 'good'] as const) }]
    : [{ language: 'Dansk', level: 'native' }, { language: 'Engelsk', level: random.pick(['basic', 'good'] as const) }];
  const licence = theme.id === 'transport' ? ['B', ...(random.chance(0.3) ? ['C'] : [])] : random.chance(0.5) ? ['B'] : [];
  const course = theme.courses.length && random.chance(0.5) ? random.pick(theme.courses) : null;
  const [adj1, adj2] = random.shuffle(adjectives);
  return {
    profile: `Jeg er en ${adj1} og ${adj2} person med erfaring ${work[0] ? `som ${work[0].title.toLowerCase()}` : 'fra praktisk arbejde'}. Mit ønske er ${theme.wish.charAt(0).toLowerCase()}${theme.wish.slice(1)}.`,
    workExperience: work,
    education,
    courses: course ? [{ title: course.title, provider: course.provider, year: Math.max(birthYear + 18, workEnd - random.int(0, 6)) }] : [],
    competences: random.shuffle(theme.competences).slice(0, random.int(3, Math.min(5, theme.competences.length))),
    leisure: random.pick(leisure),
    languages,
    drivingLicence: licence,
  };
}

/** A later version: a new course, the current placement or a sharper profile. */
export function nextCv(random: Random, previous: CvContent, theme: Theme, date: string, placementTitle: string | null): CvContent {
  const cv = structuredClone(previous);
  const year = Number(date.slice(0, 4));
  if (placementTitle && !cv.workExperience.some((w) => w.to === null)) {
    cv.workExperience.unshift({
      employer: 'Virksomhedspraktik',
      title: placementTitle,
      from: date.slice(0, 7),
      to: null,
      tasks: `Opgaver som ${random.pick(theme.tasks)} og ${random.pick(theme.tasks)}.`,
    });
    cv.profile = `${cv.profile} Jeg er i praktik som ${placementTitle.toLowerCase()} og vil gerne have flere timer med løn.`;
    return cv;
  }
  const course = theme.courses.find((c) => !cv.courses.some((k) => k.title === c.title));
  if (course) cv.courses.push({ title: course.title, provider: course.provider, year });
  else cv.competences.push('Erfaring fra praktik på en arbejdsplads');
  return cv;
}
