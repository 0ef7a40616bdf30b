/**
 * The cost form's state (text as typed) and its translation to the API's
 * body: numbers parsed the Danish way, items without lines left out, and
 * the problems' paths (into the body sent) mapped back to the form's
 * controls. 002's average municipality (the domain's built-in example) is
 * loaded into the same state.
 */
import type { Catalogue, CostModelDetail, CostModelRequest } from '../../api/economics.ts';
import { socialSupport002CostInput } from '../../../../src/domain/economics/social-support-002.ts';
import { editNumber, innerPath, parseNumber } from './format.ts';

export type LineDraft =
  | { kind: 'staff_time'; roleId: string; hours: string }
  | { kind: 'other'; category: string; roleId: string; amount: string };

export interface ItemDraft {
  id: string;
  phase: 'establishment' | 'operation';
  lines: LineDraft[];
}

export interface CostDraft {
  unitId: string;
  modelId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  citizensSource: 'case_data' | 'entered';
  citizens: string;
  priceYear: string;
  productiveHours: string;
  overheadPct: string;
  operatingYears: string;
  discountPct: string;
  /** Annual salary per role id ('' = not given). */
  salaries: Record<string, string>;
  items: ItemDraft[];
}

/** Field ids of the form's controls. */
export const costFieldIds = {
  unitId: 'econ-cost-unit',
  modelId: 'econ-cost-model',
  name: 'econ-cost-name',
  periodFrom: 'econ-cost-from',
  periodTo: 'econ-cost-to',
  citizens: 'econ-cost-citizens',
  priceYear: 'econ-cost-price-year',
  productiveHours: 'econ-cost-hours',
  overheadPct: 'econ-cost-overhead',
  operatingYears: 'econ-cost-years',
  discountPct: 'econ-cost-discount',
} as const;
export const salaryFieldId = (roleId: string) => `econ-role-${roleId}-salary`;
export const lineFieldId = (item: number, line: number, part: 'value' | 'role' | 'category') => `econ-line-${item}-${line}-${part}`;

const pct = (locale: string, rate: number) => editNumber(locale, Math.round(rate * 1e6) / 1e4);

/** A new draft for a model: the catalogue's items without lines, its defaults, this year. */
export function emptyDraft(locale: string, catalogue: Catalogue, unitId: string, year: number): CostDraft {
  return {
    unitId,
    modelId: catalogue.modelId,
    name: '',
    periodFrom: `${year - 1}-01-01`,
    periodTo: `${year - 1}-12-31`,
    citizensSource: 'case_data',
    citizens: '',
    priceYear: String(year),
    productiveHours: editNumber(locale, catalogue.defaults.productiveHoursPerYear),
    overheadPct: pct(locale, catalogue.defaults.overheadRate),
    operatingYears: '1',
    discountPct: pct(locale, catalogue.defaults.establishmentDiscountRate),
    salaries: Object.fromEntries(catalogue.roles.map((r) => [r.id, ''])),
    items: catalogue.items.map((i) => ({ id: i.id, phase: i.phase, lines: [] })),
  };
}

type InputLike = CostModelDetail['input'];

/** A draft holding a stored (or example) input, on the catalogue's items (items the catalogue lacks are kept after them). */
export function draftFromInput(locale: string, catalogue: Catalogue, envelope: Omit<CostDraft, 'citizens' | 'citizensSource' | 'priceYear' | 'productiveHours' | 'overheadPct' | 'operatingYears' | 'discountPct' | 'salaries' | 'items'> & { citizensPerYear: number | null }, input: InputLike): CostDraft {
  const base = emptyDraft(locale, catalogue, envelope.unitId, input.priceYear);
  const items: ItemDraft[] = base.items.map((i) => ({ ...i }));
  for (const item of input.items) {
    const lines: LineDraft[] = item.lines.map((l) =>
      l.kind === 'staff_time' ? { kind: 'staff_time', roleId: l.roleId, hours: editNumber(locale, l.hours) } : { kind: 'other', category: l.category, roleId: l.roleId ?? '', amount: editNumber(locale, l.amount) },
    );
    const at = items.findIndex((i) => i.id === item.id);
    if (at >= 0) items[at] = { ...items[at]!, lines };
    else items.push({ id: item.id, phase: item.phase, lines });
  }
  const salaries = { ...base.salaries };
  for (const role of input.roles) salaries[role.id] = role.annualSalary === undefined ? '' : editNumber(locale, role.annualSalary);
  return {
    ...base,
    unitId: envelope.unitId,
    modelId: envelope.modelId,
    name: envelope.name,
    periodFrom: envelope.periodFrom,
    periodTo: envelope.periodTo,
    citizensSource: envelope.citizensPerYear === null ? 'case_data' : 'entered',
    citizens: editNumber(locale, envelope.citizensPerYear),
    priceYear: String(input.priceYear),
    productiveHours: editNumber(locale, input.productiveHoursPerYear ?? catalogue.defaults.productiveHoursPerYear),
    overheadPct: pct(locale, input.overheadRate ?? catalogue.defaults.overheadRate),
    operatingYears: editNumber(locale, input.operatingPeriod.years),
    discountPct: pct(locale, input.establishmentDiscountRate ?? catalogue.defaults.establishmentDiscountRate),
    salaries,
    items,
  };
}

/** The model 002's example is for. */
export const exampleModelId = socialSupport002CostInput.modelId ?? 'social-stoette';

/** 002's average project municipality (2018-2019, 50.4 citizens a year) in a unit. */
export function exampleDraft(locale: string, catalogue: Catalogue, unitId: string, name: string): CostDraft {
  const { citizensPerYear, modelId: _modelId, ...input } = socialSupport002CostInput;
  return draftFromInput(locale, catalogue, { unitId, modelId: exampleModelId, name, periodFrom: '2018-01-01', periodTo: '2019-12-31', citizensPerYear }, input as InputLike);
}

export type LocalErrors = Record<string, 'required' | 'not_a_number'>;

export interface BuiltCost {
  body: CostModelRequest;
  /** Field id → code of what could not be read. */
  errors: LocalErrors;
  /** The sent items' index → the draft's item index. */
  itemIndex: number[];
  /** The sent roles' index → role id. */
  roleIds: string[];
}

/** The body to send, or the fields that are not numbers. */
export function buildCost(draft: CostDraft): BuiltCost {
  const errors: LocalErrors = {};
  const num = (text: string, fieldId: string, optional = false): number | undefined => {
    if (text.trim() === '') {
      if (!optional) errors[fieldId] = 'required';
      return undefined;
    }
    const value = parseNumber(text);
    if (Number.isNaN(value)) errors[fieldId] = 'not_a_number';
    return value;
  };
  const priceYear = num(draft.priceYear, costFieldIds.priceYear);
  const productiveHours = num(draft.productiveHours, costFieldIds.productiveHours, true);
  const overhead = num(draft.overheadPct, costFieldIds.overheadPct, true);
  const years = num(draft.operatingYears, costFieldIds.operatingYears);
  const discount = num(draft.discountPct, costFieldIds.discountPct, true);
  const citizens = draft.citizensSource === 'entered' ? num(draft.citizens, costFieldIds.citizens) : undefined;

  const roleIds = Object.keys(draft.salaries);
  const roles = roleIds.map((id) => {
    const salary = num(draft.salaries[id] ?? '', salaryFieldId(id), true);
    return salary === undefined ? { id } : { id, annualSalary: salary };
  });
  const itemIndex: number[] = [];
  const items = draft.items.flatMap((item, i) => {
    if (item.lines.length === 0) return [];
    itemIndex.push(i);
    const lines = item.lines.map((line, j) =>
      line.kind === 'staff_time'
        ? { kind: 'staff_time', roleId: line.roleId, hours: num(line.hours, lineFieldId(i, j, 'value')) }
        : { kind: 'other', category: line.category, amount: num(line.amount, lineFieldId(i, j, 'value')), ...(line.roleId ? { roleId: line.roleId } : {}) },
    );
    return [{ id: item.id, phase: item.phase, lines }];
  });
  const input: Record<string, unknown> = {
    priceYear,
    operatingPeriod: { years },
    roles,
    items,
    ...(productiveHours !== undefined ? { productiveHoursPerYear: productiveHours } : {}),
    ...(overhead !== undefined ? { overheadRate: overhead / 100 } : {}),
    ...(discount !== undefined ? { establishmentDiscountRate: discount / 100 } : {}),
  };
  return {
    body: {
      unitId: draft.unitId,
      modelId: draft.modelId,
      name: draft.name.trim(),
      periodFrom: draft.periodFrom,
      periodTo: draft.periodTo,
      citizensPerYear: draft.citizensSource === 'entered' ? (citizens ?? null) : null,
      input,
    },
    errors,
    itemIndex,
    roleIds,
  };
}

/** The form control a problem's path points at ('' when none: the message stays in the summary). */
export function costFieldOfPath(path: string, built: Pick<BuiltCost, 'itemIndex' | 'roleIds'>): string {
  const top: Record<string, string> = {
    name: costFieldIds.name,
    unitId: costFieldIds.unitId,
    modelId: costFieldIds.modelId,
    periodFrom: costFieldIds.periodFrom,
    periodTo: costFieldIds.periodTo,
    citizensPerYear: costFieldIds.citizens,
  };
  if (top[path]) return top[path]!;
  const inner = innerPath(path);
  const fields: Record<string, string> = {
    priceYear: costFieldIds.priceYear,
    inputPriceYear: costFieldIds.priceYear,
    productiveHoursPerYear: costFieldIds.productiveHours,
    overheadRate: costFieldIds.overheadPct,
    operatingPeriod: costFieldIds.operatingYears,
    'operatingPeriod.years': costFieldIds.operatingYears,
    establishmentDiscountRate: costFieldIds.discountPct,
    citizensPerYear: costFieldIds.citizens,
  };
  if (fields[inner]) return fields[inner]!;
  const role = /^roles\[(\d+)\]/.exec(inner);
  if (role) {
    const id = built.roleIds[Number(role[1])];
    return id ? salaryFieldId(id) : '';
  }
  const line = /^items\[(\d+)\](?:\.lines\[(\d+)\](?:\.(\w+))?)?/.exec(inner);
  if (line) {
    const item = built.itemIndex[Number(line[1])];
    if (item === undefined) return '';
    const part = line[3] === 'roleId' ? 'role' : line[3] === 'category' ? 'category' : 'value';
    return lineFieldId(item, Number(line[2] ?? 0), part);
  }
  return '';
}
