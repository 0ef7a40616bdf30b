/**
 * Checks the source references of the model definitions (and of the
 * measurement instruments they use) against the text of the seed reports: the
 * cited section must exist in the cited report, and the numbers the reference
 * vouches for must appear in that section.
 *
 * Which numbers a reference vouches for: those listed in its `numbers` field,
 * plus a reported share's `percent` and a success criterion's target value
 * (the fact each cites). Numbers in notes are not read: a note may name
 * figures, tables or case numbers.
 *
 * Sections are found in the converted report text: numbered headings ("5.2",
 * "2.2.1", "6") in the order the report numbers them, or, where a report has
 * no numbers, a heading line with the cited title ("TRIN 1: Afklaring").
 * Pure functions; the seed text is passed in (scripts/check-citations.ts
 * reads the files).
 */
import { instruments } from '../cases/instruments.ts';
import type { SeedId, SourceRef } from '../rules/source.ts';

export interface Citation {
  model: string;
  /** Where in the definition, e.g. `coreElements[RAMMER].rules[rammer.caseload].params.max.source`. */
  path: string;
  source: SourceRef;
  /** The numbers this reference vouches for. */
  numbers: readonly number[];
}

export type CitationProblem =
  | { citation: Citation; reason: 'seed_missing' }
  | { citation: Citation; reason: 'section_missing' }
  | { citation: Citation; reason: 'number_missing'; missing: readonly number[] };

// ------------------------------------------------------------------ sections

interface Heading {
  line: number;
  /** Section number as parts, [5, 2] for "5.2"; empty for a title heading. */
  number: readonly number[];
  title: string;
}

/** A line without markdown heading marks, bold and HTML tags. */
function plain(line: string): string {
  return line
    .replace(/<[^>]+>/g, '')
    .replace(/^\s*#+\s*/, '')
    .replace(/\*\*/g, '')
    .trim();
}

/** Table-of-contents lines end in a page number after a tab or dots. */
function isTocLine(line: string): boolean {
  return /(\t|\.{3,})\s*\d+\s*$/.test(plain(line)) || /\.{5,}/.test(line);
}

function comparable(title: string): string {
  return title
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s\d+$/, '') // a page number left at the end of a contents line
    .trim();
}

const numberedHeading = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/;

function parseNumbered(line: string, index: number): Heading | null {
  if (line.length > 220 || isTocLine(line)) return null;
  const match = numberedHeading.exec(plain(line));
  if (!match) return null;
  const number = match[1]!.split('.').map(Number);
  const title = match[2]!;
  if (!/^\p{Lu}/u.test(title)) return null;
  // Chapter headings are in capitals; "5. Få iværksat ..." is a list item.
  if (number.length === 1 && title !== title.toUpperCase()) return null;
  return { line: index, number, title };
}

/** Whether `next` may follow `previous` in a report's numbering (a child, a sibling or a later chapter). */
function follows(previous: readonly number[], next: readonly number[]): boolean {
  if (next.length === previous.length + 1) {
    return previous.every((part, i) => part === next[i]) && next[next.length - 1]! <= 2;
  }
  if (next.length > previous.length) return false;
  const last = next.length - 1;
  for (let i = 0; i < last; i++) if (next[i] !== previous[i]) return false;
  const step = next[last]! - previous[last]!;
  return step >= 1 && step <= 2;
}

/**
 * The numbered headings of a report in order. A candidate is kept only if it
 * continues the numbering, so list items and stray numbers are skipped; when
 * the first heading recurs (a contents list without page tabs), the list
 * starts again from there. Reports with markdown headings use only those.
 */
function numberedHeadings(lines: readonly string[]): Heading[] {
  const markdownOnly = lines.some((line, index) => /^#+\s/.test(line) && parseNumbered(line, index) !== null);
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (markdownOnly && !/^#+\s/.test(line)) return;
    const found = parseNumbered(line, index);
    if (!found) return;
    const first = headings[0];
    if (first && first.number.join('.') === found.number.join('.') && comparable(first.title) === comparable(found.title)) {
      headings.length = 0;
      headings.push(found);
      return;
    }
    const previous = headings[headings.length - 1];
    if (!previous ? found.number.length === 1 : follows(previous.number, found.number)) headings.push(found);
  });
  return headings;
}

/** Titles listed in the report's table of contents. */
function contentsTitles(lines: readonly string[]): Set<string> {
  const titles = new Set<string>();
  for (const line of lines) {
    if (!isTocLine(line)) continue;
    const title = plain(line)
      .replace(/(\t|\.{3,})\s*\d+\s*$/, '')
      .replace(/\.+\s*$/, '')
      .trim();
    if (title) titles.add(comparable(title));
  }
  return titles;
}

/**
 * The text of a section of a report, from its heading to the next heading
 * that is not inside it, or null when the report has no such section.
 * `section` is a number ("5.2", "6") or a heading's title ("TRIN 1: Afklaring").
 */
export function findSection(reportText: string, section: string): string | null {
  const lines = reportText.split(/\r?\n/);
  const numbered = numberedHeadings(lines);
  const cited = section.trim();
  if (/^\d+(\.\d+)*\.?$/.test(cited)) {
    const parts = cited.replace(/\.$/, '').split('.').map(Number);
    const at = numbered.findIndex((h) => h.number.join('.') === parts.join('.'));
    if (at < 0) return null;
    const inside = (h: Heading) => h.number.length > parts.length && parts.every((part, i) => h.number[i] === part);
    const end = numbered.slice(at + 1).find((h) => !inside(h))?.line ?? lines.length;
    return lines.slice(numbered[at]!.line, end).join('\n');
  }
  const wanted = comparable(cited);
  const start = lines.findIndex((line) => !isTocLine(line) && comparable(plain(line)) === wanted);
  if (start < 0) return null;
  const level = /^(#+)\s/.exec(lines[start]!)?.[1]!.length;
  const titles = contentsTitles(lines);
  const boundaries = new Set(numbered.map((h) => h.line));
  let end = lines.length;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const markdown = /^(#+)\s/.exec(line)?.[1]!.length;
    const isBoundary =
      boundaries.has(i) ||
      (!isTocLine(line) && titles.has(comparable(plain(line)))) ||
      (level !== undefined && markdown !== undefined && markdown <= level);
    if (isBoundary) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n');
}

// ------------------------------------------------------------------- numbers

/** Danish number words the reports write out ("fem år", "tre grupper"). */
const numberWords: Record<string, number> = {
  to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  tyve: 20, tredive: 30, fyrre: 40, halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90, hundrede: 100,
};

const key = (value: number) => String(Math.round(Math.abs(value) * 1e6) / 1e6);

/**
 * Every value a number in the text may stand for, read the Danish way and
 * leniently: "1.418" is 1418 (and 1.418), "0,5" is 0.5, "30 %" and "30 pct."
 * are 30, "27 000" is 27000, "4.-6." holds 4 and 6, "fem" is 5; each part of
 * "4.2.2" or "1.1.2018" counts on its own. Reading too many values only
 * risks accepting a citation, never rejecting a good one.
 */
export function numbersIn(text: string): Set<string> {
  const values = new Set<string>();
  for (const token of text.match(/\d+(?:[.,]\d+)*/g) ?? []) {
    const parts = token.split(/[.,]/);
    for (const part of parts) values.add(key(Number(part)));
    const comma = token.lastIndexOf(',');
    const whole = comma < 0 ? token : token.slice(0, comma);
    const wholeParts = whole.split('.');
    if (wholeParts.slice(1).every((p) => p.length === 3)) {
      const integer = Number(wholeParts.join(''));
      values.add(key(comma < 0 ? integer : Number(`${integer}.${token.slice(comma + 1)}`)));
    }
    if (parts.length === 2) values.add(key(Number(`${parts[0]}.${parts[1]}`)));
  }
  for (const group of text.match(/\d{1,3}(?: \d{3})+(?![\d.,])/g) ?? []) values.add(key(Number(group.replace(/ /g, ''))));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const value = numberWords[word];
    if (value !== undefined) values.add(key(value));
  }
  return values;
}

/** The numbers that do not appear in the text. */
export function missingNumbers(text: string, numbers: readonly number[]): number[] {
  const found = numbersIn(text);
  return numbers.filter((n) => !found.has(key(n)));
}

// ----------------------------------------------------------------- citations

function isSourceRef(value: unknown): value is SourceRef {
  return typeof value === 'object' && value !== null && 'seed' in value && 'section' in value;
}

/** Every source reference in a definition (any object with a `source`), with its path and numbers. */
export function citationsOf(definition: { id: string } & object): Citation[] {
  const found: Citation[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(i);
        visit(item, `${path}[${id}]`);
      });
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (isSourceRef(record.source)) {
      const numbers = [...(record.source.numbers ?? [])];
      if (typeof record.percent === 'number') numbers.push(record.percent);
      const target = record.target as { value?: unknown } | undefined;
      if (typeof target?.value === 'number') numbers.push(target.value);
      found.push({ model: definition.id, path: path ? `${path}.source` : 'source', source: record.source, numbers });
    }
    for (const [name, child] of Object.entries(record)) {
      if (name !== 'source') visit(child, path ? `${path}.${name}` : name);
    }
  };
  visit(definition, '');
  return found;
}

/** The citations of several definitions, each named `id@version`. */
export function registryCitations(definitions: readonly ({ id: string; version: string } & object)[]): Citation[] {
  return definitions.flatMap((definition) => citationsOf(definition).map((c) => ({ ...c, model: `${definition.id}@${definition.version}` })));
}

/** The citations of the measurement instruments (WHO-5, GSE, BIP, BRF-11) the models use, named `instruments`. */
export function instrumentCitations(): Citation[] {
  const all = { id: 'instruments', instruments: Object.values(instruments) };
  return citationsOf(all);
}

/** Checks citations against the report texts by seed id; returns every problem found. */
export function checkCitations(citations: readonly Citation[], reports: Partial<Record<SeedId, string>>): CitationProblem[] {
  const problems: CitationProblem[] = [];
  const sections = new Map<string, string | null>();
  for (const citation of citations) {
    const report = reports[citation.source.seed];
    if (report === undefined) {
      problems.push({ citation, reason: 'seed_missing' });
      continue;
    }
    const cacheKey = `${citation.source.seed}\u0000${citation.source.section}`;
    if (!sections.has(cacheKey)) sections.set(cacheKey, findSection(report, citation.source.section));
    const text = sections.get(cacheKey)!;
    if (text === null) {
      problems.push({ citation, reason: 'section_missing' });
      continue;
    }
    const missing = missingNumbers(text, citation.numbers);
    if (missing.length > 0) problems.push({ citation, reason: 'number_missing', missing });
  }
  return problems;
}
