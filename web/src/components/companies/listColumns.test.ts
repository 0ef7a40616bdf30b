import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CandidateSuggestion, CompanyPlacement, FollowUpDue, Interaction, Opening } from '../../api/companies.ts';
import { format } from '../../i18n/index.tsx';
import { da } from '../../i18n/da.ts';
import type { MessageKey } from '../../i18n/da.ts';
import { csvOf } from '../csv/csv.ts';
import { cellText } from './columns.ts';
import { candidateColumns, scoreReasonColumns, followUpColumns, hoursRange, interactionColumns, openingColumns, placementColumns } from './listColumns.ts';
import { industryText } from './labels.ts';

const t = (key: MessageKey, params?: Record<string, string | number>) => format(da[key], params);

test('a list and its CSV share the columns: Danish headers, labels and dates, ";" and a BOM', () => {
  const interaction: Interaction = {
    id: 'i1',
    kind: 'ringedag',
    date: '2026-11-02',
    staff: { id: 's', name: 'Vera' },
    contactPerson: null,
    note: 'Vil gerne tage en praktikant; ring igen',
    createdAt: '2026-11-02T09:00:00Z',
  };
  const text = csvOf(interactionColumns(t, 'da-DK'), [interaction]);
  assert.equal(text, '\uFEFFDato;Type;Medarbejder;Kontaktperson;Note\r\n02.11.2026;Ringedag;Vera;;"Vil gerne tage en praktikant; ring igen"\r\n');
});

test('placements outside the caller\'s scope are exported without a name, and hours keep a decimal comma', () => {
  const placement: CompanyPlacement = {
    id: 'p1',
    type: 'virksomhedspraktik',
    from: '2026-09-01',
    to: null,
    endReason: null,
    citizen: null,
    paidHoursTotal: 12.5,
    unpaidHoursTotal: 96,
    latestWeek: { weekStart: '2026-11-16', paidHours: 4.5, unpaidHours: null },
  };
  const text = csvOf(placementColumns(t, 'da-DK'), [placement]);
  const row = text.split('\r\n')[1];
  assert.equal(row, 'Borger i anden enhed;Virksomhedspraktik;01.09.2026;;;12,5;96;Uge fra 16.11.2026: 4,5 lønnede, – ulønnede');
});

test('candidates: points per component in the table columns, each reason in its own CSV column', () => {
  const candidate: CandidateSuggestion = {
    citizen: { id: 'c', name: 'Åse Ørum', postcode: '8000' },
    courseId: 'k',
    modelId: 'flere-skal-med',
    phase: 'jobmatch',
    score: 71.5,
    rank: 1,
    distanceKm: 3.2,
    components: [
      { key: 'job_goal', points: 40, max: 40, reason: 'A-jobmål i samme branche' },
      { key: 'distance', points: 23, max: 25, reason: '3 km' },
      { key: 'ordinary_hours', points: 6.5, max: 25, reason: 'Få forløb med lønnede timer' },
      { key: 'open_places', points: 2, max: 10, reason: 'Én ledig plads' },
    ],
  };
  const columns = [...candidateColumns(t, 'da-DK', () => 'FSM'), ...scoreReasonColumns<CandidateSuggestion>(t)];
  const [header, row] = csvOf(columns, [candidate]).replace('\uFEFF', '').split('\r\n');
  assert.equal(header, 'Nr.;Borger;Postnummer;Indsats;Score;Km;Jobmål;Afstand;Ordinære timer;Ledige pladser;Begrundelse: Jobmål;Begrundelse: Afstand;Begrundelse: Ordinære timer;Begrundelse: Ledige pladser');
  assert.equal(row, '1;Åse Ørum;8000;FSM;71,5;3,2;40/40;23/25;6,5/25;2/10;A-jobmål i samme branche;3 km;Få forløb med lønnede timer;Én ledig plads');
});

test('the openings list adds the company column after the title', () => {
  const headers = openingColumns(t, 'da-DK', true).map((c) => c.id);
  assert.deepEqual(headers.slice(0, 3), ['title', 'company', 'status']);
  const opening = { hoursMin: 7.5, hoursMax: 15 } as Opening;
  assert.equal(hoursRange('da-DK', opening.hoursMin, opening.hoursMax), '7,5–15');
  assert.equal(hoursRange('da-DK', 20, 20), '20');
});

test('follow-ups show status and source in Danish', () => {
  const f: FollowUpDue = {
    placementId: 'p',
    citizen: { id: 'c', name: 'Bo' },
    company: { id: 'co', name: 'Bageriet' },
    type: 'ordinary_hours',
    dueOn: '2026-11-20',
    status: 'overdue',
    source: 'rule',
    explanation: 'Opfølgning hver 4. uge',
  };
  assert.deepEqual(
    followUpColumns(t, 'da-DK').map((c) => c.value(f)),
    ['20.11.2026', 'Forfalden', 'Bo', 'Bageriet', 'Ordinære timer', 'Modellens regel', 'Opfølgning hver 4. uge'],
  );
});

test('cells: numbers in the locale, nothing as a dash', () => {
  assert.equal(cellText('da-DK', 1234.5), '1.234,5');
  assert.equal(cellText('en-GB', 1234.5), '1,234.5');
  assert.equal(cellText('da-DK', null), '–');
  assert.equal(cellText('da-DK', ''), '–');
});

test('the industry shows its DB07 code and the 10-group in the current language', () => {
  assert.equal(industryText('da-DK', { code: '471100', group10: 'trade_transport', label: 'Handel og transport mv.' }), '471100 · Handel og transport mv.');
  assert.equal(industryText('en-GB', { code: '471100', group10: 'trade_transport', label: 'Handel og transport mv.' }), '471100 · Trade and transport etc.');
  assert.equal(industryText('da-DK', { code: null, group10: null, label: null }), '–');
});
