/**
 * One model's figures for some months: every person of the model (in
 * batches, store/monitoring/person-periods.ts) through the KPI engine, the
 * batches' cells summed (figures are sums over persons).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { computeFigures, type FigureCell } from '../../domain/monitoring/engine.ts';
import { measuresFor, type MeasureDefinition } from '../../domain/monitoring/measures.ts';
import type { MonthIndex } from '../../domain/monitoring/person-periods.ts';
import type { IsoDate } from '../../domain/rules/facts.ts';
import { unitsOfFor } from './membership.ts';
import { personPeriodBatches } from './person-periods.ts';
import { loadUnitDirectory } from './units.ts';

/** Key of a figure cell in the maps below. */
export const cellKey = (measure: string, unit: string, month: MonthIndex) => `${measure}|${unit}|${month}`;

/** The figures of one model for the given months: measure|unit|month -> cell. */
export async function computeModel(
  db: Kysely<Database>,
  model: string,
  months: readonly MonthIndex[],
  options: { asOf: IsoDate; batchSize?: number },
): Promise<{ cells: Map<string, FigureCell>; persons: number; measures: MeasureDefinition[] }> {
  const measures = measuresFor(model);
  const directory = await loadUnitDirectory(db);
  const unitsOf = unitsOfFor(directory);
  const cells = new Map<string, FigureCell>();
  let persons = 0;
  if (months.length === 0 || measures.length === 0) return { cells, persons, measures };
  for await (const batch of personPeriodBatches(db, { model, asOf: options.asOf, batchSize: options.batchSize, directory })) {
    persons += batch.length;
    const table = computeFigures(batch, { model, measures, months, unitsOf });
    // Figures are sums over persons, so batches add up.
    for (const [measure, unit, month, cell] of table.entries()) {
      const key = cellKey(measure, unit, month);
      const seen = cells.get(key);
      if (seen) {
        seen.numerator += cell.numerator;
        seen.denominator += cell.denominator;
        seen.persons += cell.persons;
      } else cells.set(key, { numerator: cell.numerator, denominator: cell.denominator, persons: cell.persons });
    }
  }
  return { cells, persons, measures };
}

