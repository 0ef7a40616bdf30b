/**
 * Which report units a person counts in, in a month (the engine's
 * ComputeOptions.unitsOf): always the country; the case-system unit the
 * course belonged to at the month's end (or last, when it moved or ended
 * within the month) with every unit above it, the municipality unit being
 * 'municipality:<kommunekode>'; otherwise, for a person with no case unit
 * that month, the register municipality of residence; and the personal job
 * broker of that month.
 */
import type { MonthIndex, PersonPeriods, Span } from '../../domain/monitoring/person-periods.ts';
import { monthKey } from './months.ts';
import { COUNTRY, municipalityKey, staffKey, type UnitDirectory } from './units.ts';

/** The span in force in the month: the one running at its end, else the latest that started within it. */
export function spanInMonth<T>(spans: readonly Span<T>[], first: string, last: string): Span<T> | undefined {
  let best: Span<T> | undefined;
  for (const s of spans) {
    if (s.from > last || (s.to !== null && s.to < first)) continue;
    if (!best || s.from >= best.from) best = s;
  }
  return best;
}

/** A unitsOf function over the unit directory; results for register-only persons are shared arrays. */
export function unitsOfFor(directory: UnitDirectory): (p: PersonPeriods, month: MonthIndex) => readonly string[] {
  const bounds = new Map<MonthIndex, [string, string]>();
  const monthBounds = (month: MonthIndex) => {
    let b = bounds.get(month);
    if (!b) bounds.set(month, (b = [`${monthKey(month)}-01`, `${monthKey(month)}-31`]));
    return b;
  };
  const countryOnly = [COUNTRY] as const;
  const byMunicipality = new Map<string, readonly string[]>();
  return (p, month) => {
    if (p.units.length === 0 && p.jobBrokers.length === 0) {
      if (!p.municipality) return countryOnly;
      let keys = byMunicipality.get(p.municipality);
      if (!keys) byMunicipality.set(p.municipality, (keys = [COUNTRY, municipalityKey(p.municipality)]));
      return keys;
    }
    const [first, last] = monthBounds(month);
    const keys = [COUNTRY];
    const unit = spanInMonth(p.units, first, last);
    if (unit) keys.push(...directory.ancestorKeys(unit.value));
    else if (p.municipality) keys.push(municipalityKey(p.municipality));
    const broker = spanInMonth(p.jobBrokers, first, last);
    if (broker) keys.push(staffKey(broker.value));
    return keys;
  };
}
