/**
 * Parses answers collected outside Jobspor (issue 12 §2) against an
 * instrument and the round's units. The file is CSV with a header row
 * `role,unit,<item id>...` (comma or semicolon separated, quotes as in
 * RFC 4180); `unit` is a unit id or a unit name of the round; an empty cell
 * or "ved ikke" is "don't know". Items a role does not answer must be empty.
 * Every problem is reported with its line (1 = the header), the field
 * (column) and the reason; a row with any problem yields no response.
 *
 * NOTE: written on branch i12-rounds to the signature agreed for issue 12;
 * the instruments branch owns this file and its version replaces this one.
 */
import { itemsFor, respondentRoles, type Instrument, type RespondentRole } from './instrument.ts';
import type { SurveyResponse } from './scoring.ts';

export interface RejectedRow {
  line: number;
  field: string;
  reason: string;
}

/** Splits CSV text into rows of cells (quoted cells may hold separators, quotes as "" and line breaks). */
function csvRows(text: string, separator: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
}

const dontKnow = (cell: string) => cell === '' || cell.toLowerCase() === 'ved ikke';

export function parseAnswerCsv(
  text: string,
  instrument: Instrument,
  units: { id: string; name: string }[],
): { responses: SurveyResponse[]; rejected: RejectedRow[] } {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  const rows = csvRows(body, separator);
  const rejected: RejectedRow[] = [];
  const header = rows[0];
  if (!header) return { responses: [], rejected: [{ line: 1, field: 'header', reason: 'Filen er tom; første linje skal være role,unit og udsagnenes id.' }] };
  const columns = header.cells.map((c) => c.trim());
  const items = new Map(instrument.sections.flatMap((s) => s.items).map((i) => [i.id, i]));
  const scales = new Map(instrument.scales.map((s) => [s.id, s]));
  if (columns[0]?.toLowerCase() !== 'role') rejected.push({ line: header.line, field: 'role', reason: 'Første kolonne skal hedde role.' });
  if (columns[1]?.toLowerCase() !== 'unit') rejected.push({ line: header.line, field: 'unit', reason: 'Anden kolonne skal hedde unit.' });
  const itemColumns = columns.slice(2);
  const seen = new Set<string>();
  for (const column of itemColumns) {
    if (!items.has(column)) rejected.push({ line: header.line, field: column || '(tom)', reason: `${column || 'En tom kolonne'} er ikke et udsagn i måleredskabet ${instrument.id}.` });
    else if (seen.has(column)) rejected.push({ line: header.line, field: column, reason: `Kolonnen ${column} står to gange.` });
    seen.add(column);
  }
  for (const id of items.keys()) if (!seen.has(id)) rejected.push({ line: header.line, field: id, reason: `Kolonnen for udsagnet ${id} mangler.` });
  if (rejected.length) return { responses: [], rejected };

  const byId = new Map(units.map((u) => [u.id.toLowerCase(), u.id]));
  const byName = new Map<string, string[]>();
  for (const u of units) byName.set(u.name.trim().toLowerCase(), [...(byName.get(u.name.trim().toLowerCase()) ?? []), u.id]);
  const responses: SurveyResponse[] = [];
  for (const row of rows.slice(1)) {
    const problems: RejectedRow[] = [];
    const problem = (field: string, reason: string) => problems.push({ line: row.line, field, reason });
    if (row.cells.length !== columns.length) problem('line', `Linjen har ${row.cells.length} felter; overskriften har ${columns.length}.`);
    const roleCell = (row.cells[0] ?? '').trim().toLowerCase();
    const role = respondentRoles.find((r) => r === roleCell) as RespondentRole | undefined;
    if (!role) problem('role', `Ukendt rolle "${row.cells[0] ?? ''}"; brug en af ${respondentRoles.join(', ')}.`);
    else if (!instrument.respondentRoles.includes(role)) problem('role', `Måleredskabet besvares ikke af rollen ${role}.`);
    const unitCell = (row.cells[1] ?? '').trim().toLowerCase();
    const named = byName.get(unitCell) ?? [];
    const unitId = byId.get(unitCell) ?? (named.length === 1 ? named[0] : undefined);
    if (!unitId) problem('unit', named.length > 1 ? `Flere enheder i runden hedder "${row.cells[1]}"; brug enhedens id.` : `"${row.cells[1] ?? ''}" er ikke en enhed i runden.`);
    const asked = role ? new Set(itemsFor(instrument, role).map((i) => i.id)) : new Set<string>();
    const answers: Record<string, number | null> = {};
    let answered = 0;
    itemColumns.forEach((column, k) => {
      const cell = (row.cells[k + 2] ?? '').trim();
      if (!role || !instrument.respondentRoles.includes(role)) return;
      if (!asked.has(column)) {
        if (cell !== '') problem(column, `Rollen ${role} besvarer ikke udsagnet ${column}; feltet skal være tomt.`);
        return;
      }
      const scale = scales.get(items.get(column)!.scale)!;
      if (dontKnow(cell)) {
        if (!scale.allowDontKnow) problem(column, 'Udsagnet skal besvares; "ved ikke" er ikke et svar på denne skala.');
        answers[column] = null;
        return;
      }
      const value = /^-?\d+$/.test(cell) ? Number(cell) : NaN;
      if (!scale.points.some((p) => p.value === value)) {
        problem(column, `"${cell}" er ikke et svar på skalaen (${scale.points.map((p) => p.value).join(', ')} eller ved ikke).`);
        return;
      }
      answers[column] = value;
      answered++;
    });
    if (role && instrument.respondentRoles.includes(role) && answered === 0 && problems.length === 0) problem('line', 'Linjen har ingen svar.');
    if (problems.length) rejected.push(...problems);
    else responses.push({ role: role!, unitId: unitId!, answers });
  }
  return { responses, rejected };
}
