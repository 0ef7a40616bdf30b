/**
 * The analysis form's fields: their control ids, and which field an API
 * error path names. Zod errors come as dotted paths of the request body
 * ('analysis.ratio', 'cohort.treated.unitId'); a failed run's AnalysisError
 * names a field of the specification ('rule.atLeast', 'csv', 'covariates').
 */
export const formFields = [
  'modelId',
  'unitId',
  'from',
  'to',
  'by',
  'csv',
  'states',
  'atLeast',
  'ofLast',
  'method',
  'outcome',
  'window',
  'covariates',
  'ratio',
  'replace',
  'caliper',
  'distance',
  'bootstrap',
  'leads',
  'lags',
  'seed',
] as const;
export type FormField = (typeof formFields)[number];

/** Fields inside the "Avancerede indstillinger" details, which must open to show an error. */
export const advancedFields: ReadonlySet<FormField> = new Set(['covariates', 'ratio', 'replace', 'caliper', 'distance', 'bootstrap', 'leads', 'lags', 'seed']);

export const fieldId = (field: FormField): string => `eval-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

const aliases: Record<string, FormField> = {
  treated: 'csv',
  fileName: 'csv',
  file: 'csv',
  rule: 'states',
  replicates: 'bootstrap',
  model: 'modelId',
  unit: 'unitId',
  time_zero: 'csv',
  person: 'csv',
};

/** The form field an API error path names, or null when it names none (shown in the summary only). */
export function fieldOfPath(path: string | null | undefined): FormField | null {
  if (!path) return null;
  const parts = path.split(/[.[\]/:]/).filter((p) => p && !/^\d+$/.test(p) && p !== 'cohort' && p !== 'analysis');
  // The most specific part first: 'rule.atLeast' is atLeast, 'treated.unitId' is unitId.
  for (const part of [...parts].reverse()) {
    if ((formFields as readonly string[]).includes(part)) return part as FormField;
  }
  for (const part of [...parts].reverse()) {
    const alias = aliases[part];
    if (alias) return alias;
  }
  return null;
}
