/**
 * Clusters of comparable municipalities (klynger), seeded from a framework
 * condition in the register: by default the share of residents on long-term
 * public benefit. The report compares a unit with its cluster, so the
 * clusters must be deterministic and explainable: each carries its basis
 * (the share range it covers). Administrators can edit them afterwards
 * (store/monitoring); this only proposes the seed.
 */
import { STATE_SLOTS, benefitStateCode, publicBenefitStates } from '../registers/states.ts';
import type { MonthIndex, PersonPeriods } from './person-periods.ts';

export interface FrameworkShare {
  municipality: string;
  numerator: number;
  denominator: number;
}

export interface MunicipalityCluster {
  /** 'cluster-1' … 'cluster-k', 1 = lowest share. */
  id: string;
  /** Position 1..k, for the i18n layer's name ("Klynge 1: laveste andel på langvarig forsørgelse"). */
  position: number;
  municipalities: string[];
  /** The share range (percent) of the cluster's municipalities. */
  minShare: number;
  maxShare: number;
}

export interface ClusterOptions {
  /** Number of clusters (default 5). */
  k?: number;
  /**
   * 'quantiles' (default): equal numbers of municipalities per cluster, so
   * every cluster has enough members for thirds; 'natural-breaks': optimal
   * one-dimensional k-means (least within-cluster squared deviation), which
   * follows gaps in the data but can leave an outlier alone.
   */
  method?: 'quantiles' | 'natural-breaks';
}

/**
 * Seeds k clusters from per-municipality shares. Municipalities with no
 * denominator are left out. Deterministic: sorted by share, then code.
 */
export function seedClusters(shares: readonly FrameworkShare[], options: ClusterOptions = {}): MunicipalityCluster[] {
  const k = options.k ?? 5;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k: must be a whole number ≥ 1, got ${k}`);
  const items = shares
    .filter((s) => s.denominator > 0)
    .map((s) => ({ municipality: s.municipality, share: (s.numerator / s.denominator) * 100 }))
    .sort((a, b) => a.share - b.share || (a.municipality < b.municipality ? -1 : 1));
  if (items.length === 0) return [];
  const groups = Math.min(k, items.length);
  const bounds = options.method === 'natural-breaks' ? naturalBreaks(items.map((i) => i.share), groups) : quantileBounds(items.length, groups);
  return bounds.map(([from, to], i) => {
    const members = items.slice(from, to);
    return {
      id: `cluster-${i + 1}`,
      position: i + 1,
      municipalities: members.map((m) => m.municipality),
      minShare: members[0]!.share,
      maxShare: members[members.length - 1]!.share,
    };
  });
}

/** [from, to) index ranges of k groups as equal in size as possible (the larger ones first). */
function quantileBounds(n: number, k: number): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < k; i++) {
    const size = Math.floor(n / k) + (i < n % k ? 1 : 0);
    out.push([from, from + size]);
    from += size;
  }
  return out;
}

/** Exact 1-D k-means on sorted values by dynamic programming (Fisher 1958); ties broken towards earlier breaks. */
function naturalBreaks(values: readonly number[], k: number): [number, number][] {
  const n = values.length;
  const prefix = new Float64Array(n + 1);
  const prefixSq = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = prefix[i]! + values[i]!;
    prefixSq[i + 1] = prefixSq[i]! + values[i]! * values[i]!;
  }
  const cost = (a: number, b: number) => {
    const s = prefix[b]! - prefix[a]!;
    return prefixSq[b]! - prefixSq[a]! - (s * s) / (b - a);
  };
  // best[g][i]: least cost of the first i values in g groups; cut[g][i]: where the last group starts.
  const best = Array.from({ length: k + 1 }, () => new Float64Array(n + 1).fill(Infinity));
  const cut = Array.from({ length: k + 1 }, () => new Int32Array(n + 1));
  best[0]![0] = 0;
  for (let g = 1; g <= k; g++) {
    for (let i = g; i <= n; i++) {
      for (let j = g - 1; j < i; j++) {
        const c = best[g - 1]![j]! + cost(j, i);
        if (c < best[g]![i]! - 1e-12) {
          best[g]![i] = c;
          cut[g]![i] = j;
        }
      }
    }
  }
  const out: [number, number][] = [];
  let end = n;
  for (let g = k; g >= 1; g--) {
    const start = cut[g]![end]!;
    out.unshift([start, end]);
    end = start;
  }
  return out;
}

export interface LongTermBenefitOptions {
  /** Months looked back from (and including) the month (default 12). */
  months?: number;
  /** Least share of the covered weeks on public benefit (default 0.8). */
  threshold?: number;
}

/**
 * The framework condition "share on long-term public benefit" per
 * municipality: persons whose covered weeks in the `months` months up to
 * `month` were on public benefit at least `threshold` of the time, over
 * persons with any covered week then. Jobspor's default (12 months, 80 %)
 * is a parameter, not a seed figure.
 */
export function longTermBenefitShares(persons: Iterable<PersonPeriods>, month: MonthIndex, options: LongTermBenefitOptions = {}): FrameworkShare[] {
  const span = options.months ?? 12;
  const threshold = options.threshold ?? 0.8;
  const codes = publicBenefitStates.map((s) => benefitStateCode[s]);
  const byMunicipality = new Map<string, FrameworkShare>();
  for (const p of persons) {
    if (!p.municipality) continue;
    let covered = 0;
    let onBenefit = 0;
    for (let m = month - span + 1; m <= month; m++) {
      const i = m - p.firstMonth;
      if (i < 0 || i >= p.months || !p.benefitCovered[i]) continue;
      for (let c = 0; c < STATE_SLOTS; c++) covered += p.stateWeeks[i * STATE_SLOTS + c]!;
      for (const c of codes) onBenefit += p.stateWeeks[i * STATE_SLOTS + c]!;
    }
    if (covered === 0) continue;
    let share = byMunicipality.get(p.municipality);
    if (!share) byMunicipality.set(p.municipality, (share = { municipality: p.municipality, numerator: 0, denominator: 0 }));
    share.denominator++;
    if (onBenefit >= threshold * covered) share.numerator++;
  }
  return [...byMunicipality.values()].sort((a, b) => (a.municipality < b.municipality ? -1 : 1));
}
