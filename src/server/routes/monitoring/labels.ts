/**
 * Danish names of the measures and report words for the server's exports
 * (XLSX, PDF, CSV), which have no i18n layer of their own. The web page has
 * its own (web/src/i18n). An unknown measure id shows as itself.
 */
import type { Report, ReportMeasure } from './schemas.ts';

const measureNames: Record<string, string> = {
  'result-target': 'Resultatmål: tre sammenhængende måneder i virksomhedsforløb mv.',
  'ordinary-hours.touched': 'Berørte af ordinære timer siden visitation',
  'ordinary-hours.change-index': 'Forandringsindeks for berørte (mod to historiske år)',
  'ordinary-hours.month': 'Andel med ordinære timer i måneden',
  'ordinary-hours.sum': 'Ordinære timer i alt',
  'ordinary-hours.30-per-week': 'Andel med mindst 30 ordinære timer om ugen (130 timer/måned)',
  'ordinary-hours.30-per-month': 'Andel med mindst 30 ordinære timer i måneden',
  'end-goal.30-hours-or-self-supporting': 'Slutmål: 30 timer i måneden eller selvforsørgende',
  'company.month': 'Andel i virksomhedsrettet indsats i måneden',
  'company.since-visitation': 'Andel med virksomhedsrettet indsats siden visitation',
  'internship.since-visitation': 'Andel startet i virksomhedspraktik siden visitation',
  'self-sufficiency.share': 'Andel selvforsørgende hele måneden',
  'self-sufficiency.weeks': 'Uger uden offentlig forsørgelse',
  'fte.public-benefit': 'Fuldtidspersoner på offentlig forsørgelse',
  'process.cv': 'Andel med CV',
  'process.job-goal': 'Andel med konkret jobmål',
  'process.plan': 'Andel med plan',
  'process.job-broker': 'Andel med personlig jobformidler',
  'process.ordinary-hours-agreement': 'Andel med arbejdsaftale med ordinære timer',
  'process.agreements-with-hours': 'Andel arbejdsaftaler med ordinære timer eller hensigtserklæring',
  'process.days-to-first-placement': 'Dage til første virksomhedsforløb',
  'process.contact-cadence': 'Andel hvor kontaktkadencen er overholdt',
  'process.caseload': 'Sagsstamme pr. personlig jobformidler',
};

const unitNames: Record<ReportMeasure['unit'], string> = {
  percent: 'pct.',
  count: 'antal',
  hours: 'timer',
  weeks: 'uger',
  days: 'dage',
  fte: 'fuldtidspersoner',
  index: 'indeks',
};

export const thirdNames = { top: 'Øverste tredjedel', middle: 'Midterste tredjedel', bottom: 'Nederste tredjedel' } as const;

export const unitKindNames: Record<Report['unit']['kind'], string> = {
  country: 'Hele landet',
  municipality: 'Kommune',
  jobcentre: 'Jobcenter',
  team: 'Team',
  staff: 'Medarbejder',
};

export const measureName = (id: string): string => measureNames[id] ?? id;
export const measureUnitName = (unit: ReportMeasure['unit']): string => unitNames[unit];

/** 'mindst 40' / 'højst 3'. */
export function targetText(target: ReportMeasure['target']): string {
  if (!target) return '';
  const word = { at_least: 'mindst', at_most: 'højst', more_than: 'over', less_than: 'under' }[target.comparison];
  return `${word} ${formatNumber(target.value)}${target.origin === 'unit' ? ' (enhedens mål)' : ''}`;
}

/** A figure in Danish notation with at most one decimal ('12,5'); '–' when undefined. */
export function formatNumber(value: number | null, decimals = 1): string {
  if (value === null) return '–';
  return value.toLocaleString('da-DK', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}
