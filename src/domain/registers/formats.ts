/**
 * The register extract formats (docs/registers.md): which columns each kind
 * has, how a CSV header is read (delimiter detection, column positions, the
 * wide DREAM layout of benefit weeks) and how one CSV line is split. The
 * same columns are read from Parquet files; only the reading differs.
 */
import { parseWideWeekColumn } from './periods.ts';

export const registerKinds = ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'] as const;
export type RegisterKind = (typeof registerKinds)[number];

export function isRegisterKind(value: string): value is RegisterKind {
  return (registerKinds as readonly string[]).includes(value);
}

export interface ColumnSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** The columns of each kind (benefit_weeks: the long layout; the wide one is person + y_YYWW columns). */
export const kindColumns: Readonly<Record<RegisterKind, ColumnSpec>> = {
  persons: { required: ['person', 'birth_year', 'sex', 'municipality'], optional: ['origin', 'education'] },
  benefit_weeks: { required: ['person', 'week', 'code'], optional: [] },
  hours_monthly: { required: ['person', 'month', 'employer_cvr', 'db07', 'paid_hours'], optional: ['subsidised'] },
  visitations: { required: ['person', 'model', 'group', 'start_date'], optional: ['end_date'] },
};

/** `;` when the header line holds more semicolons than commas, else `,`. */
export function detectDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  for (const ch of headerLine) {
    if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * One CSV line's fields. Fields may be quoted ("a;b", "" for a quote);
 * a line without quotes takes the fast path. Fields are not trimmed.
 */
export function splitCsvLine(line: string, delimiter: string): string[] {
  if (!line.includes('"')) return line.split(delimiter);
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Where each named column is in a record; -1 for an optional column that is absent. */
export type ColumnIndex = Record<string, number>;

/** A wide DREAM column: its position and the Monday of its week. */
export interface WideWeekColumn {
  index: number;
  name: string;
  week: string;
}

export type Layout =
  | { kind: RegisterKind; wide: false; columns: ColumnIndex; names: readonly string[] }
  | { kind: 'benefit_weeks'; wide: true; columns: ColumnIndex; names: readonly string[]; weeks: readonly WideWeekColumn[] };

export type LayoutResult = { ok: true; layout: Layout } | { ok: false; reason: 'missing_columns' | 'bad_week_columns'; columns: string[] };

/**
 * Reads a header: column names are matched case-insensitively; unknown
 * columns are ignored (extracts often carry more). benefit_weeks is wide
 * when it has `person` and y_YYWW columns but no `week` column.
 */
export function resolveLayout(kind: RegisterKind, header: readonly string[]): LayoutResult {
  const names = header.map((name) => name.trim().toLowerCase());
  const position = (name: string) => names.indexOf(name);
  if (kind === 'benefit_weeks' && position('week') < 0 && position('person') >= 0 && names.some((n) => n.startsWith('y_'))) {
    const weeks: WideWeekColumn[] = [];
    const bad: string[] = [];
    names.forEach((name, index) => {
      const parsed = parseWideWeekColumn(name);
      if (parsed === null) return;
      if (parsed.ok) weeks.push({ index, name, week: parsed.date });
      else bad.push(name);
    });
    if (bad.length) return { ok: false, reason: 'bad_week_columns', columns: bad };
    return { ok: true, layout: { kind, wide: true, columns: { person: position('person') }, names, weeks } };
  }
  const spec = kindColumns[kind];
  const missing = spec.required.filter((name) => position(name) < 0);
  if (missing.length) return { ok: false, reason: 'missing_columns', columns: missing };
  const columns: ColumnIndex = {};
  for (const name of [...spec.required, ...spec.optional]) columns[name] = position(name);
  return { ok: true, layout: { kind, wide: false, columns, names } };
}
