/**
 * Code lists: how an extract's own benefit codes map to Jobspor's benefit
 * states (states.ts). A list is versioned data (register_code_list); the
 * shipped list is the identity mapping of Jobspor's own state names, so a
 * file written with those names needs no list. A list is loaded from a CSV
 * file with the columns `source_code,state`.
 */
import { benefitStateCode, benefitStates, type BenefitState } from './states.ts';
import { detectDelimiter, splitCsvLine } from './formats.ts';

export interface CodeList {
  /** null for the shipped identity mapping (not stored). */
  id: number | null;
  name: string;
  version: number;
  entries: Readonly<Record<string, BenefitState>>;
}

/** The shipped mapping: each state's own name. */
export const identityCodeList: CodeList = {
  id: null,
  name: 'jobspor',
  version: 1,
  entries: Object.fromEntries(benefitStates.map((state) => [state, state])) as Record<string, BenefitState>,
};

/** A code → stored state code lookup (states.ts numbering), built once per import. */
export function codeLookup(list: CodeList): Map<string, number> {
  return new Map(Object.entries(list.entries).map(([source, state]) => [source, benefitStateCode[state]]));
}

export function isBenefitState(value: string): value is BenefitState {
  return (benefitStates as readonly string[]).includes(value);
}

export interface CodeListProblem {
  line: number;
  message: string;
}

export type CodeListParse = { ok: true; entries: Record<string, BenefitState> } | { ok: false; problems: CodeListProblem[] };

/**
 * Reads a code-list CSV: header `source_code,state` (`,` or `;`), one source
 * code per line, each mapped to one of Jobspor's states. Every problem is
 * named with its line; a list with any problem is refused as a whole.
 */
export function parseCodeListCsv(text: string): CodeListParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  const delimiter = detectDelimiter(header);
  const columns = splitCsvLine(header, delimiter).map((c) => c.trim().toLowerCase());
  const sourceAt = columns.indexOf('source_code');
  const stateAt = columns.indexOf('state');
  if (sourceAt < 0 || stateAt < 0) {
    return { ok: false, problems: [{ line: 1, message: 'The header must name the columns source_code and state.' }] };
  }
  const entries: Record<string, BenefitState> = {};
  const problems: CodeListProblem[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line, delimiter);
    const source = (fields[sourceAt] ?? '').trim();
    const state = (fields[stateAt] ?? '').trim();
    if (source === '') problems.push({ line: i + 1, message: 'source_code is empty.' });
    else if (!isBenefitState(state)) problems.push({ line: i + 1, message: `state "${state}" is not one of ${benefitStates.join(', ')}.` });
    else if (source in entries) problems.push({ line: i + 1, message: `source_code "${source}" is listed twice.` });
    else entries[source] = state;
  }
  if (problems.length) return { ok: false, problems };
  if (Object.keys(entries).length === 0) return { ok: false, problems: [{ line: 2, message: 'The list has no codes.' }] };
  return { ok: true, entries };
}
