/**
 * The economics store's refusals as the API's errors: input problems are a
 * 400 whose `fields` map each problem's path to its code (the page composes
 * the sentence from the code), a missing record a 404.
 */
import type { EconomicsProblem } from '../../../domain/economics/index.ts';
import { EconomicsError } from '../../../store/economics/errors.ts';
import { badRequest, notFound } from '../../errors.ts';

/** Problems as `fields`: path → code (the first problem of a path wins; '' is 'input'). */
export function problemFields(problems: readonly EconomicsProblem[], root = 'input'): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const p of problems) fields[p.path || root] ??= p.code;
  return fields;
}

/** Rethrows an EconomicsError as the API's error. */
export function apiError(error: unknown): never {
  if (error instanceof EconomicsError) {
    if (error.kind === 'not_found') throw notFound(error.message);
    throw badRequest('Beregningens input er ugyldigt; se felterne.', problemFields(error.problems));
  }
  throw error;
}
