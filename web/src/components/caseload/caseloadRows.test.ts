import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CaseloadRow, WorklistItem } from '../../api/courses.ts';
import { format } from '../../i18n/index.tsx';
import { da } from '../../i18n/da.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { byUrgency, caseloadCsvColumns, contactOverdue, emptyFilter, matchesFilter, sortRows } from './caseloadRows.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(da[key], params);
const csvRow = (r: CaseloadRow) => caseloadCsvColumns(t, 'da-DK').map((column) => column.value(r));

function item(status: WorklistItem['status'], dueDate: string | undefined, ruleId = 'r'): WorklistItem {
  return { courseId: 'c', modelId: 'flere-skal-med', modelShortName: 'FSM', ruleId, coreElementId: 'KE1', status, explanation: `${ruleId} forklaring`, ...(dueDate ? { dueDate } : {}) };
}

function row(name: string, overrides: Partial<CaseloadRow> = {}): CaseloadRow {
  return {
    citizenId: name,
    citizenName: name,
    age: 40,
    courseId: `course-${name}`,
    modelId: 'flere-skal-med',
    modelShortName: 'FSM',
    group: '1',
    phase: 'afklaring',
    phaseName: 'Plan, CV og jobmål',
    daysSinceLastContact: 10,
    lastContactDate: '2026-11-13',
    contactCounts: 'rule_kinds',
    contactRule: null,
    hasCv: false,
    hasJobGoal: true,
    hasPlan: false,
    currentPlacement: null,
    paidHoursLast4Weeks: null,
    overdue: 0,
    due: 0,
    items: [],
    ...overrides,
  };
}

test('the filter combines model, phase, only overdue and every word of the free text', () => {
  const a = row('Åse Ørum', { overdue: 2 });
  const b = row('Bo Hansen', { modelId: 'stv', modelShortName: 'STV', phase: 'jobmaal-og-match', phaseName: 'Jobmål og match' });
  assert.equal(matchesFilter(a, emptyFilter), true);
  assert.equal(matchesFilter(b, { ...emptyFilter, modelId: 'flere-skal-med' }), false);
  assert.equal(matchesFilter(a, { ...emptyFilter, phase: 'flere-skal-med:afklaring' }), true);
  assert.equal(matchesFilter(b, { ...emptyFilter, phase: 'flere-skal-med:jobmaal-og-match' }), false, 'phase ids belong to a model');
  assert.equal(matchesFilter(b, { ...emptyFilter, onlyOverdue: true }), false);
  assert.equal(matchesFilter(a, { ...emptyFilter, text: 'øRUM fsm' }), true);
  assert.equal(matchesFilter(a, { ...emptyFilter, text: 'ørum stv' }), false);
});

test('sorting by a column falls back to urgency, then the name; no contact counts as the longest', () => {
  const rows = [row('Carl', { overdue: 1 }), row('Anna', { overdue: 3 }), row('Bent', { overdue: 3, due: 2 }), row('Dorte', { daysSinceLastContact: null })];
  assert.deepEqual(sortRows(rows, { key: 'overdue', direction: 'descending' }).map((r) => r.citizenName), ['Bent', 'Anna', 'Carl', 'Dorte']);
  assert.deepEqual(sortRows(rows, { key: 'citizen', direction: 'ascending' }).map((r) => r.citizenName), ['Anna', 'Bent', 'Carl', 'Dorte']);
  assert.equal(sortRows(rows, { key: 'contact', direction: 'descending' })[0]!.citizenName, 'Dorte');
  assert.deepEqual(sortRows([row('Ærø'), row('Åby'), row('Øster')], { key: 'citizen', direction: 'ascending' }).map((r) => r.citizenName), ['Ærø', 'Øster', 'Åby'], 'Danish order');
});

test('worklist items: overdue first, then the nearest deadline; an item without a date comes last', () => {
  const sorted = [item('due', '2026-12-01', 'a'), item('overdue', '2026-10-01', 'b'), item('due', undefined, 'c'), item('overdue', '2026-09-01', 'd')].sort(byUrgency);
  assert.deepEqual(sorted.map((i) => i.ruleId), ['d', 'b', 'a', 'c']);
});

test('worklist items: a warning (past an observed reference value) comes after every due and overdue item and reads as one in the export', () => {
  const sorted = [item('warning', '2026-08-01', 'w'), item('due', '2026-12-01', 'a'), item('overdue', '2026-10-01', 'b')].sort(byUrgency);
  assert.deepEqual(sorted.map((i) => i.ruleId), ['b', 'a', 'w']);
  const fields = csvRow(row('Åse Ørum', { items: [item('warning', '2026-08-01', 'start')] }));
  assert.equal(fields[14], 'Til opmærksomhed 01.08.2026: start forklaring');
});

test('a CSV row has one field per header, Danish yes/no and dates, and the items overdue first', () => {
  const r = row('Åse Ørum', { overdue: 1, due: 1, items: [item('due', '2026-12-01', 'plan'), item('overdue', '2026-10-01', 'cv')] });
  const fields = csvRow(r);
  assert.equal(fields.length, 15);
  assert.equal(caseloadCsvColumns(t, 'da-DK')[14]!.header, 'Opgaver fra modellen');
  assert.deepEqual(fields.slice(0, 10), ['Åse Ørum', 40, 'FSM', '1', 'Plan, CV og jobmål', 10, '13.11.2026', 'Nej', 'Ja', 'Nej']);
  assert.deepEqual(fields.slice(10, 12), ['', null], 'no placement, no recorded hours');
  assert.equal(fields[14], 'Forfalden 01.10.2026: cv forklaring | Snart 01.12.2026: plan forklaring');
});

test('the running placement and the paid hours of the last four weeks show in the export and sort the table', () => {
  const placed = row('Bo', {
    currentPlacement: { id: 'p1', type: 'virksomhedspraktik', companyName: 'Bageriet ApS', from: '2026-10-05' },
    paidHoursLast4Weeks: 12.5,
  });
  const unpaid = row('Carl', { currentPlacement: { id: 'p2', type: 'ordinary_hours', companyName: 'Alfa A/S', from: '2026-11-02' }, paidHoursLast4Weeks: 0 });
  const none = row('Anna');
  const fields = csvRow(placed);
  assert.deepEqual(fields.slice(10, 12), ['Bageriet ApS (virksomhedspraktik)', 12.5]);
  assert.equal(csvRow(unpaid)[10], 'Alfa A/S (ordinære timer)');
  assert.deepEqual(sortRows([none, unpaid, placed], { key: 'paidHours', direction: 'descending' }).map((r) => r.citizenName), ['Bo', 'Carl', 'Anna'], 'no recorded hours below 0 hours');
  assert.deepEqual(sortRows([none, placed, unpaid], { key: 'placement', direction: 'ascending' }).map((r) => r.citizenName), ['Anna', 'Carl', 'Bo']);
});

test('a contact is flagged as too old only when the API says the model’s contact rule is overdue (the municipality’s 30 days, not a fixed 42)', () => {
  const overThirty = row('Bo', { daysSinceLastContact: 35, contactRule: { ruleId: 'ke2.contact', maxDays: 30, status: 'overdue' } });
  const noRule = row('Carl', { daysSinceLastContact: 80, contactCounts: 'any', contactRule: null });
  const inTime = row('Anna', { daysSinceLastContact: 35, contactRule: { ruleId: 'ke2.contact', maxDays: 42, status: 'due' } });
  assert.deepEqual([contactOverdue(overThirty), contactOverdue(noRule), contactOverdue(inTime)], [true, false, false]);
});
