/**
 * The citizen's CV ("kompetence-CV"): structured so that it can be printed as
 * sales material towards companies (000 §4.1 kerneelement 1: a CV for
 * everyone in group 1; 003 core element 2B: a CV that shows the citizen's
 * resources, from the start and adjusted along the way). The CV belongs to the
 * citizen, not to a course; every saved version is kept.
 */
import { z } from 'zod';

export const languageLevels = ['basic', 'good', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

export const languageLevelLabels: Record<LanguageLevel, string> = {
  basic: 'Grundlæggende',
  good: 'Godt',
  fluent: 'Flydende',
  native: 'Modersmål',
};

/** Danish driving-licence categories (kørekortkategorier). */
export const drivingLicenceCategories = ['AM', 'A1', 'A2', 'A', 'B', 'BE', 'C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE'] as const;

export const cvLimits = { profile: 2000, entries: 50, name: 200, tasks: 2000, competences: 50, competence: 200, leisure: 1000 } as const;

/** A month as 'YYYY-MM' (1900-2099), or null when unknown or ongoing. */
const yearMonthPattern = /^(19|20)\d{2}-(0[1-9]|1[0-2])$/;

/** Periods: 'to' may not be before 'from' (both 'YYYY-MM', so string order is time order). */
function periodInOrder(entry: { from: string | null; to: string | null }, ctx: z.RefinementCtx<unknown>) {
  if (entry.from && entry.to && entry.to < entry.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Slutmåneden kan ikke ligge før startmåneden.' });
}

/**
 * The CV's shape, strict (what a save must satisfy) or loose (what a stored
 * version is returned as: same fields and types, no limits or formats, so an
 * imported or older version stays readable).
 */
function cvSchema(strict: boolean) {
  const text = (max: number) => (strict ? z.string({ error: 'Skal være tekst.' }).trim().max(max, { error: `Højst ${max} tegn.` }) : z.string());
  const required = (max: number) => (strict ? text(max).min(1, { error: 'Skal udfyldes.' }) : z.string());
  const list = <T extends z.ZodType>(item: T, max: number, what: string) => (strict ? z.array(item).max(max, { error: `Højst ${max} ${what}.` }) : z.array(item));
  const yearMonth = (
    strict ? z.string({ error: 'Skal være en måned (ÅÅÅÅ-MM) eller tom.' }).regex(yearMonthPattern, { error: 'Skal være en måned skrevet ÅÅÅÅ-MM.' }) : z.string()
  ).nullable();
  const period = <T extends z.ZodRawShape>(shape: T) =>
    strict ? z.object(shape).superRefine((entry, ctx) => periodInOrder(entry as { from: string | null; to: string | null }, ctx)) : z.object(shape);
  const year = strict
    ? z
        .number({ error: 'Skal være et årstal eller tom.' })
        .int({ error: 'Skal være et helt årstal.' })
        .min(1940, { error: 'Årstallet skal være 1940 eller senere.' })
        .max(2100, { error: 'Årstallet skal være 2100 eller tidligere.' })
    : z.number();
  return z.object({
    profile: text(cvLimits.profile).describe('Short pitch towards employers'),
    workExperience: list(
      period({
        employer: required(cvLimits.name),
        title: required(cvLimits.name),
        from: yearMonth.describe('YYYY-MM'),
        to: yearMonth.describe('YYYY-MM; null while the job is ongoing'),
        tasks: text(cvLimits.tasks),
      }),
      cvLimits.entries,
      'ansættelser',
    ),
    education: list(
      period({
        institution: required(cvLimits.name),
        title: required(cvLimits.name),
        from: yearMonth.describe('YYYY-MM'),
        to: yearMonth.describe('YYYY-MM'),
        completed: z.boolean({ error: 'Skal være sand eller falsk.' }),
      }),
      cvLimits.entries,
      'uddannelser',
    ),
    courses: list(z.object({ title: required(cvLimits.name), provider: text(cvLimits.name).nullable(), year: year.nullable() }), cvLimits.entries, 'kurser'),
    competences: list(required(cvLimits.competence), cvLimits.competences, 'kompetencer'),
    leisure: text(cvLimits.leisure),
    languages: list(z.object({ language: required(100), level: z.enum(languageLevels, { error: `Skal være en af: ${languageLevels.join(', ')}.` }) }), 20, 'sprog'),
    drivingLicence: strict
      ? z.array(z.enum(drivingLicenceCategories, { error: `Ukendt kørekortkategori (gyldige: ${drivingLicenceCategories.join(', ')}).` })).max(drivingLicenceCategories.length)
      : z.array(z.string()),
  });
}

/** A CV as saved: every limit and format checked; a licence category at most once. */
export const CvContentSchema = cvSchema(true).superRefine((cv, ctx) => {
  const seen = new Set<string>();
  cv.drivingLicence.forEach((category, i) => {
    if (seen.has(category)) ctx.addIssue({ code: 'custom', path: ['drivingLicence', i], message: `Kategori ${category} står der allerede.` });
    seen.add(category);
  });
});

/** A stored CV as returned: same fields, no limits or formats. */
export const StoredCvContentSchema = cvSchema(false);

/** Stored content is read with the loose shape, so code that renders a CV takes that type. */
export type CvContent = z.infer<typeof StoredCvContentSchema>;

/** 'YYYY-MM' as Danish text ("marts 2019"); null as the given fallback. */
export function formatYearMonth(value: string | null, fallback = ''): string {
  if (!value) return fallback;
  const [year, month] = value.split('-');
  if (month === undefined) return value;
  const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
  return `${months[Number(month) - 1] ?? month} ${year}`;
}

/** A period as Danish text: "marts 2019 – nu", "2015" etc. */
export function formatPeriod(from: string | null, to: string | null, ongoing = 'nu'): string {
  if (!from && !to) return '';
  return `${formatYearMonth(from, '?')} – ${formatYearMonth(to, ongoing)}`;
}
