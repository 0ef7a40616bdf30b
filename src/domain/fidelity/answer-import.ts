/**
 * Parses survey answers collected outside Jobspor (issue 12 §2) against an
 * instrument and the round's units, for the import's validation report.
 *
 * The file is CSV (comma or semicolon, quotes as in RFC 4180, a UTF-8 BOM
 * allowed) with a header row `role,unit,<item id>...`:
 * - `role` is one of the instrument's respondent roles (leder, sagsbehandler ...);
 * - `unit` is a unit of the round, by id or by name (case and surrounding
 *   spaces ignored);
 * - every other column is an item id of the instrument; an item the file
 *   has no column for is "don't know" for every row (where its scale allows it);
 * - a cell holds a value of the item's scale (the number, or the anchor text
 *   in Danish or English); empty, "ved ikke" or "vet ikke" is "don't know"
 *   where the scale allows it;
 * - an item the row's role is not asked must be left empty.
 * A row with any problem gives no response; every problem is reported with
 * its line as numbered in the file (the header is line 1), the field and a
 * Danish reason. Blank lines are skipped. The answers hold nothing but role,
 * unit and values: nothing in the file identifies a person.
 */
import { parseCsv } from '../companies/company-import.ts';
import { itemsFor, respondentRoles, type AnswerScale, type Instrument, type InstrumentItem, type RespondentRole } from './instrument.ts';
import type { SurveyResponse } from './scoring.ts';

export interface RejectedRow {
  /** As numbered in the file; the header is line 1. */
  line: number;
  /** The column ('role', 'unit', an item id), or 'file' / 'line' for the whole file or row. */
  field: string;
  reason: string;
}

export interface AnswerImport {
  responses: SurveyResponse[];
  rejected: RejectedRow[];
}

export interface ImportUnit {
  id: string;
  name: string;
}

const dontKnowWords = ['', 'ved ikke', 'vet ikke', "don't know"];
const roleHeaders = ['role', 'rolle'];
const unitHeaders = ['unit', 'enhed'];
const norm = (text: string) => text.trim().toLocaleLowerCase('da-DK');

/** The scale value a cell names (number or anchor text), or undefined. */
function scaleValue(scale: AnswerScale, cell: string): number | undefined {
  if (/^[+-]?\d+$/.test(cell)) {
    const value = Number(cell);
    return scale.points.some((p) => p.value === value) ? value : undefined;
  }
  const text = norm(cell);
  return scale.points.find((p) => norm(p.label.da) === text || norm(p.label.en) === text)?.value;
}

/** Checks an answers CSV; see the module comment for the format. */
export function parseAnswerCsv(text: string, instrument: Instrument, units: readonly ImportUnit[]): AnswerImport {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { responses: [], rejected: [{ line: Number(/Linje (\d+)/.exec(parsed.reason)?.[1] ?? 1), field: 'file', reason: parsed.reason }] };
  const records = parsed.value.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = records[0];
  if (!header) return { responses: [], rejected: [{ line: 1, field: 'file', reason: 'Filen er tom; første linje skal være overskrifterne role,unit og spørgsmålenes id.' }] };

  // The header: role, unit and item columns, each once.
  const items = new Map(instrument.sections.flatMap((s) => s.items).map((i) => [i.id, i] as const));
  const itemsByLowerId = new Map([...items.keys()].map((id) => [id.toLowerCase(), id] as const));
  const scales = new Map(instrument.scales.map((s) => [s.id, s] as const));
  const headerProblems: RejectedRow[] = [];
  const headerProblem = (field: string, reason: string) => headerProblems.push({ line: header.line, field, reason });
  let roleColumn = -1;
  let unitColumn = -1;
  const itemColumns = new Map<string, number>();
  header.fields.forEach((cell, index) => {
    const name = cell.trim();
    const lower = name.toLowerCase();
    if (roleHeaders.includes(lower) || unitHeaders.includes(lower)) {
      const isRole = roleHeaders.includes(lower);
      if ((isRole ? roleColumn : unitColumn) >= 0) headerProblem(isRole ? 'role' : 'unit', `Kolonnen ${isRole ? 'role' : 'unit'} står to gange i overskriften.`);
      else if (isRole) roleColumn = index;
      else unitColumn = index;
      return;
    }
    const id = itemsByLowerId.get(lower);
    if (!id) {
      headerProblem(
        name || `kolonne ${index + 1}`,
        name
          ? `Ukendt kolonne "${name}": ikke et spørgsmål i ${instrument.id} ${instrument.version} (spørgsmål: ${[...items.keys()].join(', ')}).`
          : `Kolonne ${index + 1} har ingen overskrift.`,
      );
    } else if (itemColumns.has(id)) headerProblem(id, `Spørgsmålet ${id} står to gange i overskriften.`);
    else itemColumns.set(id, index);
  });
  if (roleColumn < 0) headerProblem('role', 'Overskriften mangler kolonnen role (respondentens rolle).');
  if (unitColumn < 0) headerProblem('unit', 'Overskriften mangler kolonnen unit (enhedens id eller navn).');
  for (const [id, item] of items) {
    if (!itemColumns.has(id) && !scales.get(item.scale)!.allowDontKnow) {
      headerProblem(id, `Kolonnen for spørgsmålet ${id} mangler, og skalaen tillader ikke "ved ikke".`);
    }
  }
  if (headerProblems.length) return { responses: [], rejected: headerProblems };

  const unitsById = new Map(units.map((u) => [norm(u.id), u.id] as const));
  const unitsByName = new Map<string, string[]>();
  for (const u of units) unitsByName.set(norm(u.name), [...(unitsByName.get(norm(u.name)) ?? []), u.id]);

  const responses: SurveyResponse[] = [];
  const rejected: RejectedRow[] = [];
  for (const record of records.slice(1)) {
    const problems: RejectedRow[] = [];
    const problem = (field: string, reason: string) => problems.push({ line: record.line, field, reason });
    const cell = (index: number) => (record.fields[index] ?? '').trim();
    const extra = record.fields.slice(header.fields.length).filter((f) => f.trim() !== '');
    if (extra.length) problem('line', `Linjen har ${record.fields.length} felter, men overskriften kun ${header.fields.length}.`);

    const roleText = cell(roleColumn);
    const role = respondentRoles.find((r) => r === roleText.toLowerCase()) as RespondentRole | undefined;
    const roleOk = role !== undefined && instrument.respondentRoles.includes(role);
    if (!roleText) problem('role', `Rollen mangler; brug en af: ${instrument.respondentRoles.join(', ')}.`);
    else if (!role) problem('role', `Ukendt rolle "${roleText}"; brug en af: ${instrument.respondentRoles.join(', ')}.`);
    else if (!roleOk) problem('role', `Rollen ${role} besvarer ikke ${instrument.id} (roller: ${instrument.respondentRoles.join(', ')}).`);

    const unitText = cell(unitColumn);
    const named = unitsByName.get(norm(unitText)) ?? [];
    const unitId = unitsById.get(norm(unitText)) ?? (named.length === 1 ? named[0] : undefined);
    if (!unitText) problem('unit', 'Enheden mangler; skriv enhedens id eller navn.');
    else if (!unitId) problem('unit', named.length > 1 ? `Flere enheder i runden hedder "${unitText}"; brug enhedens id.` : `"${unitText}" er ikke en enhed i runden.`);

    const answers: Record<string, number | null> = {};
    if (roleOk) {
      const asked = new Set(itemsFor(instrument, role).map((i) => i.id));
      for (const [id, item] of items) {
        const column = itemColumns.get(id);
        const value = column === undefined ? '' : cell(column);
        if (!asked.has(id)) {
          if (value !== '') problem(id, `Spørgsmålet ${id} stilles ikke til rollen ${role}; feltet skal være tomt.`);
          continue;
        }
        const answer = readAnswer(item, scales.get(item.scale)!, value);
        if (typeof answer === 'string') problem(id, answer);
        else answers[id] = answer;
      }
    }
    if (problems.length) rejected.push(...problems);
    else responses.push({ role: role!, unitId: unitId!, answers });
  }
  return { responses, rejected };
}

/** A cell's answer: the value, null for "don't know", or the reason it is refused. */
function readAnswer(item: InstrumentItem, scale: AnswerScale, cell: string): number | null | string {
  const values = scale.points.map((p) => p.value).join(', ');
  if (dontKnowWords.includes(norm(cell))) {
    return scale.allowDontKnow ? null : `Spørgsmålet ${item.id} skal besvares (${values}); skalaen tillader ikke "ved ikke".`;
  }
  const value = scaleValue(scale, cell);
  if (value === undefined) return `"${cell}" er ikke et svar på skalaen for ${item.id} (${values}${scale.allowDontKnow ? ' eller ved ikke' : ''}).`;
  return value;
}
