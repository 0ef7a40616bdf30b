/**
 * Importing companies from a CSV file: reading the file (Excel's Danish
 * `;`-separated export or a `,`-separated one, with or without a UTF-8 BOM,
 * quoted fields with "" escapes, CRLF or LF line ends) and planning, per
 * line, what an import would do given the companies already registered:
 * create, update (by CVR number), leave unchanged, or refuse with a Danish
 * reason per column. Nothing here writes; the store applies a plan without
 * errors in one transaction, so an import is all or nothing.
 *
 * Empty cells on an existing company keep the stored value: files from other
 * systems often leave columns blank, and a blank should not wipe a phone
 * number a consultant typed in.
 */
import { checkCvr } from './cvr.ts';
import { checkEmail, checkPhone, normaliseIndustryCode, parseSector, parseSizeBand, unknownPostcode, type Sector, type SizeBand } from './company.ts';

/** The columns an import understands, by their canonical (English) key. */
export const importColumns = ['cvr', 'name', 'address', 'postcode', 'city', 'industry_code', 'size', 'sector', 'phone', 'email'] as const;
export type ImportColumn = (typeof importColumns)[number];

const requiredColumns: readonly ImportColumn[] = ['cvr', 'name', 'postcode'];

/** Header names accepted per column (compared lower-case, spaces and dashes as `_`, trailing dots dropped). */
const headerAliases: Record<ImportColumn, readonly string[]> = {
  cvr: ['cvr', 'cvr_nummer', 'cvr_nr', 'cvrnr'],
  name: ['navn', 'name', 'virksomhedsnavn', 'virksomhed'],
  address: ['adresse', 'address', 'vejadresse'],
  postcode: ['postnr', 'postnummer', 'postcode', 'post_code', 'zip'],
  city: ['by', 'city', 'bynavn', 'postdistrikt'],
  industry_code: ['branchekode', 'industry_code', 'db07', 'db07_kode'],
  size: ['stoerrelse', 'størrelse', 'size', 'størrelsesgruppe', 'antal_ansatte'],
  sector: ['sektor', 'sector'],
  phone: ['telefon', 'phone', 'tlf', 'telefonnummer'],
  email: ['email', 'e_mail', 'mail'],
};

/** Danish names of the columns, for messages. */
export const importColumnLabels: Record<ImportColumn, string> = {
  cvr: 'CVR',
  name: 'navn',
  address: 'adresse',
  postcode: 'postnr',
  city: 'by',
  industry_code: 'branchekode',
  size: 'størrelse',
  sector: 'sektor',
  phone: 'telefon',
  email: 'e-mail',
};

/** The limits of one import: the contract's 5,000 lines and 2 MB. */
export const importLimits = { maxRows: 5000, maxBytes: 2 * 1024 * 1024 } as const;

/** A company as an import compares it: the fields a file can carry. */
export interface ImportRecord {
  name: string;
  industryCode: string | null;
  sizeBand: SizeBand | null;
  sector: Sector;
  phone: string | null;
  email: string | null;
  /** The registered (main) address. */
  main: { addressLine: string | null; postcode: string; city: string | null };
}

/** A registered company, found by CVR number. */
export interface ExistingCompany extends Omit<ImportRecord, 'main'> {
  id: string;
  main: ImportRecord['main'] | null;
}

export interface ImportRow {
  /** Line in the file where the record starts (the header is line 1). */
  line: number;
  cvr: string;
  name: string;
  action: 'create' | 'update' | 'unchanged' | 'error';
  errors: { column: string; message: string }[];
  /** Columns whose values would change (an update), or every column with a value (a create). */
  changes: string[];
}

/** A line's plan: the public row plus what to write. */
export interface PlannedRow extends ImportRow {
  /** The company as it will be after the import (create and update). */
  record?: ImportRecord;
  /** The company to update. */
  existingId?: string;
}

export interface ImportSummary {
  total: number;
  create: number;
  update: number;
  unchanged: number;
  errors: number;
}

export interface ImportPlan {
  rows: PlannedRow[];
  summary: ImportSummary;
}

/** A file that cannot be read at all (no header, missing required columns, too long): one reason. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** The separator of a file: the one of `;` and `,` that occurs most in the header line (outside quotes); `;` on a tie. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text into records with the line each starts on. A quoted field
 * may hold separators, line breaks and doubled quotes. CRLF, LF and a lone CR
 * all end a line. Fails only on a quote that is never closed.
 */
export function parseCsv(input: string, separator: ';' | ',' = detectSeparator(input.replace(/^\uFEFF/, ''))): Result<CsvRecord[]> {
  const text = input.replace(/^\uFEFF/, '');
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      fields.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += char;
  }
  if (quoted) return { ok: false, reason: `Linje ${quoteLine}: et anførselstegn (") lukkes aldrig. Tjek at værdier i anførselstegn slutter med et anførselstegn.` };
  if (field !== '' || fields.length > 0) endRecord();
  return { ok: true, value: records };
}

const normaliseHeader = (header: string) =>
  header.trim().toLowerCase().replace(/\.+$/, '').replace(/[\s-]+/g, '_');

/** Maps header cells to columns; unknown headers are ignored (files from registers carry many more). */
function readHeader(cells: readonly string[]): Result<Map<ImportColumn, number>> {
  const columns = new Map<ImportColumn, number>();
  for (const [index, cell] of cells.entries()) {
    const name = normaliseHeader(cell);
    const column = importColumns.find((c) => headerAliases[c].includes(name));
    if (!column) continue;
    if (columns.has(column)) {
      return { ok: false, reason: `Kolonnen ${importColumnLabels[column]} står to gange i overskriften (kolonne ${columns.get(column)! + 1} og ${index + 1}).` };
    }
    columns.set(column, index);
  }
  const missing = requiredColumns.filter((c) => !columns.has(c));
  if (missing.length) {
    return {
      ok: false,
      reason:
        `Filen mangler ${missing.length === 1 ? 'kolonnen' : 'kolonnerne'} ${missing.map((c) => importColumnLabels[c]).join(', ')}. ` +
        'Første linje skal være overskrifter, fx cvr;navn;adresse;postnr;by;branchekode;størrelse;sektor;telefon;email.',
    };
  }
  return { ok: true, value: columns };
}

/** A cell's value: trimmed, with the ' that spreadsheet exports put before =, +, - and @ removed. */
function cellValue(record: CsvRecord, index: number | undefined): string {
  if (index === undefined) return '';
  const value = (record.fields[index] ?? '').trim();
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

const isBlank = (record: CsvRecord) => record.fields.every((f) => f.trim() === '');

/**
 * Plans an import. `existing` holds the municipality's companies by CVR
 * number; `postcodeName` gives the town for a known postcode (undefined for an
 * unknown one). Fails as a whole only when the file cannot be read.
 */
export function planImport(
  text: string,
  existing: ReadonlyMap<string, ExistingCompany>,
  postcodeName: (postcode: string) => string | undefined,
  limits: { maxRows: number } = importLimits,
): Result<ImportPlan> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const records = parsed.value.filter((r) => !isBlank(r));
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) return { ok: false, reason: 'Filen er tom. Første linje skal være overskrifter, og hver af de følgende linjer en virksomhed.' };
  const header = readHeader(headerRecord.fields);
  if (!header.ok) return header;
  if (dataRecords.length === 0) return { ok: false, reason: 'Filen har kun en overskrift og ingen virksomheder.' };
  if (dataRecords.length > limits.maxRows) {
    return { ok: false, reason: `Filen har ${dataRecords.length} linjer med virksomheder; højst ${limits.maxRows} kan importeres ad gangen. Del filen op.` };
  }
  const seen = new Map<string, number>();
  const rows = dataRecords.map((record) => planRow(record, headerRecord.fields.length, header.value, existing, postcodeName, seen));
  const summary: ImportSummary = { total: rows.length, create: 0, update: 0, unchanged: 0, errors: 0 };
  for (const row of rows) {
    if (row.action === 'error') summary.errors++;
    else summary[row.action]++;
  }
  return { ok: true, value: { rows, summary } };
}

function planRow(
  record: CsvRecord,
  headerWidth: number,
  columns: ReadonlyMap<ImportColumn, number>,
  existing: ReadonlyMap<string, ExistingCompany>,
  postcodeName: (postcode: string) => string | undefined,
  seen: Map<string, number>,
): PlannedRow {
  const errors: { column: string; message: string }[] = [];
  const fail = (column: string, message: string) => errors.push({ column, message });
  const cell = (column: ImportColumn) => cellValue(record, columns.get(column));

  if (record.fields.length > headerWidth) {
    fail(
      'columns',
      `Linjen har ${record.fields.length} felter, men overskriften har ${headerWidth}. Sæt anførselstegn om værdier, der indeholder separatortegnet.`,
    );
  }

  const cvrText = cell('cvr');
  const cvrCheck = checkCvr(cvrText);
  const cvr = cvrCheck.ok ? cvrCheck.cvr : cvrText;
  if (!cvrCheck.ok) fail('cvr', cvrCheck.reason);
  else {
    const earlier = seen.get(cvr);
    if (earlier !== undefined) fail('cvr', `CVR-nummeret står også på linje ${earlier}; hver virksomhed må kun stå én gang i filen.`);
    else seen.set(cvr, record.line);
  }

  const name = cell('name');
  if (name === '') fail('name', 'Navnet mangler.');
  else if (name.length > 200) fail('name', 'Navnet må højst være 200 tegn.');

  const postcode = cell('postcode');
  const town = postcodeName(postcode);
  if (postcode === '') fail('postcode', 'Postnummeret mangler.');
  else if (town === undefined) fail('postcode', unknownPostcode(postcode));

  const text = (column: ImportColumn, max: number): string | undefined => {
    const value = cell(column);
    if (value === '') return undefined;
    if (value.length > max) fail(column, `Højst ${max} tegn.`);
    return value;
  };
  const address = text('address', 200);
  const city = text('city', 100);

  const parsedValue = <T>(column: ImportColumn, parse: (value: string) => { ok: true; value: T } | { ok: false; reason: string }): T | undefined => {
    const value = cell(column);
    if (value === '') return undefined;
    const result = parse(value);
    if (!result.ok) {
      fail(column, result.reason);
      return undefined;
    }
    return result.value;
  };
  const industryCode = parsedValue('industry_code', (v) => {
    const r = normaliseIndustryCode(v);
    return r.ok ? { ok: true, value: r.code } : r;
  });
  const sizeBand = parsedValue('size', (v) => {
    const r = parseSizeBand(v);
    return r.ok ? { ok: true, value: r.band } : r;
  });
  const sector = parsedValue('sector', (v) => {
    const r = parseSector(v);
    return r.ok ? { ok: true, value: r.sector } : r;
  });
  const phone = parsedValue('phone', (v) => {
    const reason = v.length > 30 ? 'Højst 30 tegn.' : checkPhone(v);
    return reason ? { ok: false, reason } : { ok: true, value: v };
  });
  const email = parsedValue('email', (v) => {
    const reason = v.length > 200 ? 'Højst 200 tegn.' : checkEmail(v);
    return reason ? { ok: false, reason } : { ok: true, value: v };
  });

  if (errors.length) return { line: record.line, cvr, name, action: 'error', errors, changes: [] };

  const current = existing.get(cvr);
  const keepCity = current?.main && current.main.postcode === postcode ? current.main.city : (town ?? null);
  const after: ImportRecord = {
    name,
    industryCode: industryCode ?? current?.industryCode ?? null,
    sizeBand: sizeBand ?? current?.sizeBand ?? null,
    sector: sector ?? current?.sector ?? 'private',
    phone: phone ?? current?.phone ?? null,
    email: email ?? current?.email ?? null,
    main: { addressLine: address ?? current?.main?.addressLine ?? null, postcode, city: city ?? keepCity },
  };
  if (!current) {
    const filled = importColumns.filter((c) => c !== 'cvr' && valueOf(after, c) !== null);
    return { line: record.line, cvr, name, action: 'create', errors: [], changes: filled, record: after };
  }
  const changes = importColumns.filter((c) => c !== 'cvr' && valueOf(after, c) !== valueOf(current, c));
  return {
    line: record.line,
    cvr,
    name,
    action: changes.length ? 'update' : 'unchanged',
    errors: [],
    changes,
    record: after,
    existingId: current.id,
  };
}

function valueOf(company: Omit<ImportRecord, 'main'> & { main: ImportRecord['main'] | null }, column: ImportColumn): string | null {
  switch (column) {
    case 'cvr':
      return null;
    case 'name':
      return company.name;
    case 'address':
      return company.main?.addressLine ?? null;
    case 'postcode':
      return company.main?.postcode ?? null;
    case 'city':
      return company.main?.city ?? null;
    case 'industry_code':
      return company.industryCode;
    case 'size':
      return company.sizeBand;
    case 'sector':
      return company.sector;
    case 'phone':
      return company.phone;
    case 'email':
      return company.email;
  }
}

/** The errors of a plan as API fields, keyed `row.<line>.<column>`. */
export function importErrorFields(rows: readonly ImportRow[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const row of rows) for (const error of row.errors) fields[`row.${row.line}.${error.column}`] ??= error.message;
  return fields;
}

/** The public part of a planned row (what preview shows). */
export function publicRow(row: PlannedRow): ImportRow {
  return { line: row.line, cvr: row.cvr, name: row.name, action: row.action, errors: row.errors, changes: row.changes };
}
