/**
 * The persons behind one figure (the drill-down): every person in the
 * measure's population for the unit and month, with their contribution,
 * computed by the engine's personsBehind over the same person-periods the
 * figures come from. Only the register persons who can count in the unit
 * are loaded (its municipality's residents and the case system's citizens).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { computeFigures, personsBehind } from '../../domain/monitoring/engine.ts';
import { measuresFor } from '../../domain/monitoring/measures.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { today } from '../facts.ts';
import { unitsOfFor } from './membership.ts';
import { endOfMonth, monthIndexOf } from './months.ts';
import { loadPersonPeriods } from './person-periods.ts';
import { lastClosedMonth } from './recompute.ts';
import { ReportError } from './report.ts';
import type { UnitDirectory } from './units.ts';

export interface FigurePerson {
  pseudonym: string;
  citizenId: string | null;
  numerator: number;
  denominator: number;
}

export interface FigurePersonsResult {
  numerator: number;
  denominator: number;
  persons: FigurePerson[];
}

/**
 * The persons behind the figure. A closed month is read as the last
 * recompute reads it (as of the last closed month's end); the open month as
 * of `asOf`.
 */
export async function figurePersons(
  db: Kysely<Database>,
  directory: UnitDirectory,
  request: { model: string; unit: string; month: string; measure: string; asOf?: IsoDate; closeAfterDays?: number },
): Promise<FigurePersonsResult> {
  const measure = measuresFor(request.model).find((m) => m.id === request.measure);
  if (!measure) throw new ReportError('unknown_measure', `Modellen har ikke målet "${request.measure}".`);
  const now = request.asOf ?? today();
  const month = monthIndexOf(request.month);
  const closed = lastClosedMonth(now, request.closeAfterDays ?? 0);
  const asOf = month <= closed ? endOfMonth(closed) : now;
  const [type, id] = request.unit.split(':') as [string, string | undefined];
  const only = type === 'country' ? undefined : type === 'municipality' ? { municipality: id! } : ('citizens' as const);
  const persons = await loadPersonPeriods(db, { model: request.model, asOf, directory, only });
  const unitsOf = unitsOfFor(directory);
  const found = personsBehind(persons, measure, request.unit, month, { model: request.model, unitsOf });
  // The figure itself from the engine (a distinct denominator, e.g. job brokers, is not a sum over persons).
  const cell = computeFigures(
    found.map((f) => f.person),
    { model: request.model, measures: [measure], months: [month], unitsOf },
  ).get(measure.id, request.unit, month);
  return {
    numerator: cell?.numerator ?? 0,
    denominator: cell?.denominator ?? 0,
    persons: found
      .map((f) => ({ pseudonym: f.person.pseudonym, citizenId: f.person.citizenId, numerator: f.contribution.numerator, denominator: f.contribution.denominator }))
      .sort((a, b) => b.numerator - a.numerator || a.pseudonym.localeCompare(b.pseudonym)),
  };
}
