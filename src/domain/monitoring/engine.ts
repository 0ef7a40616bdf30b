/**
 * The KPI engine: one pass over persons that sums every measure's counts per
 * unit and month (issue 11 §2). For each person it computes the running facts
 * once (facts.ts), then asks each measure for the person's contribution in
 * each month and adds it to every unit the person counts in. A figure is
 * therefore always Σ numerators / Σ denominators over persons, never a mean
 * of percentages.
 *
 * Hot loop: 100,000 persons × 60 months × ~20 measures. It allocates nothing
 * per person-month: the facts and the contribution object are reused, the
 * cells are flat Float64Arrays per unit, and a person's unit list is resolved
 * to cell offsets only when unitsOf returns a different array.
 */
import { EnrolmentFacts, PersonFacts } from './facts.ts';
import { inPopulation, spanAsOf, type Contribution, type MeasureDefinition } from './measures.ts';
import type { MonthIndex, PersonPeriods } from './person-periods.ts';

export type UnitKey = string;

export interface FigureCell {
  numerator: number;
  denominator: number;
  /** Persons who contributed (in the measure's population): for suppressing small cells. */
  persons: number;
}

export interface ComputeOptions {
  model: string;
  measures: readonly MeasureDefinition[];
  months: readonly MonthIndex[];
  /** Every unit key the person counts in at month m (country, municipality, unit ancestors, staff). */
  unitsOf(p: PersonPeriods, month: MonthIndex): readonly UnitKey[];
}

const CELL = 3; // numerator, denominator, persons

/** Summed counts per measure × unit × month. */
export class FigureTable {
  readonly measureIds: readonly string[];
  readonly months: readonly MonthIndex[];
  private readonly measureIndex: Map<string, number>;
  private readonly monthIndex: Map<MonthIndex, number>;
  /** unit → cells[(measure * months + month) * CELL + field] */
  readonly cells = new Map<UnitKey, Float64Array>();
  private readonly distinct = new Map<UnitKey, (Set<string> | undefined)[]>();

  constructor(measureIds: readonly string[], months: readonly MonthIndex[]) {
    this.measureIds = measureIds;
    this.months = months;
    this.measureIndex = new Map(measureIds.map((id, i) => [id, i]));
    this.monthIndex = new Map(months.map((m, i) => [m, i]));
  }

  /** The cells of a unit (created empty on first use). */
  unitCells(unit: UnitKey): Float64Array {
    let cells = this.cells.get(unit);
    if (!cells) {
      cells = new Float64Array(this.measureIds.length * this.months.length * CELL);
      this.cells.set(unit, cells);
    }
    return cells;
  }

  /**
   * The distinct-key sets of a unit's cells (for distinctDenominator
   * measures): adding a key sets the cell's denominator to the set's size.
   */
  unitSets(unit: UnitKey): (Set<string> | undefined)[] {
    let sets = this.distinct.get(unit);
    if (!sets) this.distinct.set(unit, (sets = []));
    return sets;
  }

  /** The summed cell, or undefined when no person was in the measure's population there. */
  get(measure: string, unit: UnitKey, month: MonthIndex): FigureCell | undefined {
    const j = this.measureIndex.get(measure);
    const k = this.monthIndex.get(month);
    const cells = this.cells.get(unit);
    if (j === undefined || k === undefined || !cells) return undefined;
    const at = (j * this.months.length + k) * CELL;
    if (cells[at + 2] === 0) return undefined;
    return { numerator: cells[at]!, denominator: cells[at + 1]!, persons: cells[at + 2]! };
  }

  /** The units that have any cell. */
  units(): UnitKey[] {
    return [...this.cells.keys()];
  }

  /** Every non-empty cell as [measure id, unit, month, cell]. */
  *entries(): Iterable<[string, UnitKey, MonthIndex, FigureCell]> {
    const months = this.months.length;
    for (const [unit, cells] of this.cells) {
      for (let j = 0; j < this.measureIds.length; j++) {
        for (let k = 0; k < months; k++) {
          const at = (j * months + k) * CELL;
          if (cells[at + 2] === 0) continue;
          yield [this.measureIds[j]!, unit, this.months[k]!, { numerator: cells[at]!, denominator: cells[at + 1]!, persons: cells[at + 2]! }];
        }
      }
    }
  }
}

/**
 * Walks one person through the options' months: for each month in which an
 * enrolment of the model is in the population, calls `visit` with the context.
 * Shared by computeFigures and personsBehind so both count exactly alike.
 */
class PersonWalker {
  readonly person = new PersonFacts();
  private readonly pool: EnrolmentFacts[] = [];
  private count = 0;
  readonly context = { person: this.person, enrolment: null as unknown as EnrolmentFacts };

  constructor(private readonly model: string) {}

  /** Loads a person; false when the person has no enrolment in the model. */
  load(p: PersonPeriods): boolean {
    this.count = 0;
    for (const e of p.enrolments) if (e.model === this.model) this.count++;
    if (this.count === 0) return false;
    this.person.load(p);
    let n = 0;
    for (const e of p.enrolments) {
      if (e.model !== this.model) continue;
      const facts = this.pool[n] ?? (this.pool[n] = new EnrolmentFacts());
      facts.load(e, this.person);
      n++;
    }
    return true;
  }

  /**
   * The enrolment that puts the person in the population in month m, or null.
   * With several (re-enrolment), the one that started last counts, so a
   * person is counted once per month.
   */
  enrolmentIn(month: MonthIndex, cumulative = false): EnrolmentFacts | null {
    // The latest start decides the person's group in m (a later visitation to
    // another group takes the person out of the model's population), so pick
    // by start first and check the group after.
    let best: EnrolmentFacts | null = null;
    for (let i = 0; i < this.count; i++) {
      const facts = this.pool[i]!;
      const counts = cumulative ? facts.visitedBy(month) : facts.enrolledIn(month);
      if (counts && (best === null || facts.startDay > best.startDay)) best = facts;
    }
    return best !== null && inPopulation(best, month, cumulative) ? best : null;
  }
}

/** Sums every measure's contributions per unit and month, in one pass over the persons. */
export function computeFigures(persons: Iterable<PersonPeriods>, options: ComputeOptions): FigureTable {
  const { measures, months } = options;
  const table = new FigureTable(
    measures.map((m) => m.id),
    months,
  );
  const walker = new PersonWalker(options.model);
  const out: Contribution = { numerator: 0, denominator: 0 };
  const monthCount = months.length;
  const distinct = measures.map((m) => m.distinctDenominator ?? null);
  // Plain function array: the measure objects differ in shape, so reading .contribute in the loop would be megamorphic.
  const contribute = measures.map((m) => m.contribute);
  const cumulative = measures.map((m) => m.cumulative === true);
  // The measures that can count a person with and without case data (most persons are register-only).
  const forCaseCitizens = measures.map((_, j) => j);
  const forRegisterOnly = forCaseCitizens.filter((j) => !measures[j]!.needsCaseFacts);
  let lastUnits: readonly UnitKey[] | null = null;
  let unitCells: Float64Array[] = [];
  let unitSets: (Set<string> | undefined)[][] = [];

  for (const p of persons) {
    if (!walker.load(p)) continue;
    const context = walker.context;
    const active = p.caseFacts ? forCaseCitizens : forRegisterOnly;
    const activeCount = active.length;
    for (let k = 0; k < monthCount; k++) {
      const month = months[k]!;
      const current = walker.enrolmentIn(month);
      const ever = walker.enrolmentIn(month, true);
      if (!ever) continue;
      const units = options.unitsOf(p, month);
      if (units !== lastUnits) {
        lastUnits = units;
        unitCells = units.map((u) => table.unitCells(u));
        unitSets = units.map((u) => table.unitSets(u));
      }
      const unitCount = unitCells.length;
      for (let a = 0; a < activeCount; a++) {
        const j = active[a]!;
        const enrolment = cumulative[j] ? ever : current;
        if (!enrolment) continue;
        context.enrolment = enrolment;
        if (!contribute[j]!(context, month, out)) continue;
        const at = (j * monthCount + k) * CELL;
        const num = out.numerator;
        const den = out.denominator;
        for (let u = 0; u < unitCount; u++) {
          const cells = unitCells[u]!;
          cells[at] = cells[at]! + num;
          cells[at + 1] = cells[at + 1]! + den;
          cells[at + 2] = cells[at + 2]! + 1;
        }
        const distinctKey = distinct[j];
        if (!distinctKey) continue;
        const key = distinctKey(context, month);
        if (key === null) continue;
        for (let u = 0; u < unitCount; u++) {
          const sets = unitSets[u]!;
          const set = sets[j * monthCount + k] ?? (sets[j * monthCount + k] = new Set());
          set.add(key);
          unitCells[u]![at + 1] = set.size;
        }
      }
    }
  }
  return table;
}

/**
 * The persons behind one figure: everyone in the measure's population for
 * the unit and month, with their contribution (the drill-down list). Persons
 * contributing 0 to the numerator are included: they are the denominator's
 * part of the figure; filter on contribution.numerator for "who has it".
 */
export function personsBehind(
  persons: Iterable<PersonPeriods>,
  measure: MeasureDefinition,
  unit: UnitKey,
  month: MonthIndex,
  options: Pick<ComputeOptions, 'model' | 'unitsOf'>,
): { person: PersonPeriods; contribution: Contribution }[] {
  const walker = new PersonWalker(options.model);
  const found: { person: PersonPeriods; contribution: Contribution }[] = [];
  for (const p of persons) {
    if (!walker.load(p)) continue;
    const enrolment = walker.enrolmentIn(month, measure.cumulative);
    if (!enrolment || !options.unitsOf(p, month).includes(unit)) continue;
    walker.context.enrolment = enrolment;
    const out = { numerator: 0, denominator: 0 };
    if (measure.contribute(walker.context, month, out)) found.push({ person: p, contribution: out });
  }
  return found;
}

/**
 * The standard unit keys of a person in month m: 'country', the
 * municipality of residence, the case-system unit the person belonged to in
 * the month with all its ancestors ('unit:<id>'), and the personal job
 * broker ('staff:<id>'). `unitAncestors(id)` returns the unit's ancestors
 * (not the unit itself), nearest first. Returns the same array for the same
 * person and unchanged answers, which lets the engine skip resolving it.
 */
export function defaultUnitsOf(unitAncestors: (unitId: string) => readonly string[]): ComputeOptions['unitsOf'] {
  let lastPerson: PersonPeriods | null = null;
  let lastUnit: string | null = null;
  let lastBroker: string | null = null;
  let last: readonly UnitKey[] = [];
  const ancestorsCache = new Map<string, readonly string[]>();
  return (p, month) => {
    const unit = p.units.length ? (spanAsOf(p.units, month)?.value ?? null) : null;
    const broker = p.jobBrokers.length ? (spanAsOf(p.jobBrokers, month)?.value ?? null) : null;
    if (p === lastPerson && unit === lastUnit && broker === lastBroker) return last;
    lastPerson = p;
    lastUnit = unit;
    lastBroker = broker;
    const keys: UnitKey[] = ['country'];
    if (p.municipality) keys.push(`municipality:${p.municipality}`);
    if (unit) {
      let ancestors = ancestorsCache.get(unit);
      if (!ancestors) ancestorsCache.set(unit, (ancestors = unitAncestors(unit)));
      keys.push(`unit:${unit}`);
      for (const a of ancestors) keys.push(`unit:${a}`);
    }
    if (broker) keys.push(`staff:${broker}`);
    return (last = keys);
  };
}
