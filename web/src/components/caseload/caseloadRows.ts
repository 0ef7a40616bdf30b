/**
 * Filtering, sorting and CSV columns of the caseload table. Pure functions
 * so the table and the export always show the same rows in the same order.
 */
import type { CaseloadPlacement, CaseloadRow, WorklistItem } from '../../api/courses.ts';
import { hasKey, type Translate } from '../../i18n/index.tsx';
import { formatDate } from '../../labels.ts';
import type { CsvColumn } from '../csv/csv.ts';

/**
 * Whether the row's contact is too old: the engine's verdict on the model's
 * contact rule, with the maximum in force for the course's unit, as the API
 * returns it. Courses without a contact rule that applies are never flagged.
 */
export function contactOverdue(row: Pick<CaseloadRow, 'contactRule'>): boolean {
  return row.contactRule?.status === 'overdue';
}

export interface CaseloadFilter {
  modelId: string;
  /** `${modelId}:${phase}`, since phase ids are only unique within a model. */
  phase: string;
  onlyOverdue: boolean;
  text: string;
}

export const emptyFilter: CaseloadFilter = { modelId: '', phase: '', onlyOverdue: false, text: '' };

export type SortKey =
  | 'citizen'
  | 'age'
  | 'model'
  | 'group'
  | 'phase'
  | 'contact'
  | 'cv'
  | 'jobGoal'
  | 'plan'
  | 'placement'
  | 'paidHours'
  | 'overdue'
  | 'due';

export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/** Most urgent first: the job broker's default view. */
export const defaultSort: Sort = { key: 'overdue', direction: 'descending' };

export const phaseKey = (row: { modelId: string; phase: string | null }) => `${row.modelId}:${row.phase ?? ''}`;

function normalise(text: string): string {
  return text.toLocaleLowerCase('da-DK').trim();
}

export function matchesFilter(row: CaseloadRow, filter: CaseloadFilter): boolean {
  if (filter.modelId && row.modelId !== filter.modelId) return false;
  if (filter.phase && phaseKey(row) !== filter.phase) return false;
  if (filter.onlyOverdue && row.overdue === 0) return false;
  const text = normalise(filter.text);
  if (text) {
    const haystack = normalise([row.citizenName, row.modelShortName, row.group ?? '', row.phaseName ?? ''].join(' '));
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/** No registered contact sorts as the longest time without one. */
const contactDays = (row: CaseloadRow) => row.daysSinceLastContact ?? Number.POSITIVE_INFINITY;

const sortValue: Record<SortKey, (row: CaseloadRow) => string | number> = {
  citizen: (row) => row.citizenName,
  age: (row) => row.age,
  model: (row) => row.modelShortName,
  group: (row) => row.group ?? '',
  phase: (row) => row.phaseName ?? '',
  contact: contactDays,
  cv: (row) => (row.hasCv ? 1 : 0),
  jobGoal: (row) => (row.hasJobGoal ? 1 : 0),
  plan: (row) => (row.hasPlan ? 1 : 0),
  placement: (row) => row.currentPlacement?.companyName ?? '',
  // No recorded hours sorts below 0 hours.
  paidHours: (row) => row.paidHoursLast4Weeks ?? -1,
  overdue: (row) => row.overdue,
  due: (row) => row.due,
};

const collator = new Intl.Collator('da-DK', { sensitivity: 'base', numeric: true });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return collator.compare(String(a), String(b));
}

/**
 * Sorted copy. Ties fall back to urgency (overdue, due, time since contact)
 * and then the name, so the order is stable and useful whatever is chosen.
 */
export function sortRows(rows: readonly CaseloadRow[], sort: Sort): CaseloadRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compareValues(sortValue[sort.key](a), sortValue[sort.key](b)) ||
      b.overdue - a.overdue ||
      b.due - a.due ||
      compareValues(contactDays(b), contactDays(a)) ||
      collator.compare(a.citizenName, b.citizenName),
  );
}

/** The placement type in the UI language (the models' vocabulary), falling back to the code. */
export function placementTypeLabel(t: Translate, type: string): string {
  const key = `models.placement.${type}`;
  return hasKey(key) ? t(key) : type;
}

/** 'Company (type)' for the table and the export; '' without a running placement. */
export function placementText(t: Translate, placement: CaseloadPlacement | null): string {
  return placement ? `${placement.companyName} (${placementTypeLabel(t, placement.type)})` : '';
}

/** Overdue first (longest overdue first), then the nearest deadline. */
const urgencyRank: Record<WorklistItem['status'], number> = { overdue: 0, due: 1, warning: 2 };

export function byUrgency(a: WorklistItem, b: WorklistItem): number {
  if (a.status !== b.status) return urgencyRank[a.status] - urgencyRank[b.status];
  const da = a.dueDate ?? '9999-12-31';
  const db = b.dueDate ?? '9999-12-31';
  return da < db ? -1 : da > db ? 1 : a.ruleId.localeCompare(b.ruleId);
}

/** The columns of the CSV export: one line per course shown, the model's tasks overdue first. */
export function caseloadCsvColumns(t: Translate, locale: string): CsvColumn<CaseloadRow>[] {
  const yesNo = (value: boolean) => (value ? t('caseload.yes') : t('caseload.no'));
  const items = (row: CaseloadRow) =>
    [...row.items]
      .sort(byUrgency)
      .map((item) => `${t(`caseload.status.${item.status}`)}${item.dueDate ? ` ${formatDate(locale, item.dueDate)}` : ''}: ${item.explanation}`)
      .join(' | ');
  return [
    { header: t('caseload.col.citizen'), value: (row) => row.citizenName },
    { header: t('caseload.col.age'), value: (row) => row.age },
    { header: t('caseload.col.model'), value: (row) => row.modelShortName },
    { header: t('caseload.col.group'), value: (row) => row.group ?? '' },
    { header: t('caseload.col.phase'), value: (row) => row.phaseName ?? '' },
    { header: t('caseload.csv.daysSinceContact'), value: (row) => row.daysSinceLastContact },
    { header: t('caseload.csv.lastContact'), value: (row) => (row.lastContactDate ? formatDate(locale, row.lastContactDate) : '') },
    { header: t('caseload.col.cv'), value: (row) => yesNo(row.hasCv) },
    { header: t('caseload.col.jobGoal'), value: (row) => yesNo(row.hasJobGoal) },
    { header: t('caseload.col.plan'), value: (row) => yesNo(row.hasPlan) },
    { header: t('caseload.col.placement'), value: (row) => placementText(t, row.currentPlacement) },
    { header: t('caseload.col.paidHours'), value: (row) => row.paidHoursLast4Weeks },
    { header: t('caseload.col.overdue'), value: (row) => row.overdue },
    { header: t('caseload.col.due'), value: (row) => row.due },
    { header: t('caseload.csv.items'), value: items },
  ];
}
