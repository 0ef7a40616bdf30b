/**
 * Greedy nearest-neighbour matching on a scalar distance, reproducing MatchIt 4.5.1's
 * `matchit(..., method = "nearest")` for the ATT (R: `MatchIt:::matchit2nearest`, which calls
 * the C++ routine `nn_matchC_vec`, then `mm2subclass` and `weights_matrixC`).
 *
 * What is reproduced, and how MatchIt does it:
 * - All units are sorted ascending by distance with a stable sort (R `sort.list`, ties kept in
 *   data order). For each treated unit the nearest eligible control to its left and to its right
 *   in that order are found; the left one (smaller distance) wins when the absolute differences
 *   are equal (`<=`). Among controls tied on distance, the search reaches first the one adjacent
 *   in the stable sort: from the left the last in data order, from the right the first.
 * - Treated units are processed in `m.order`: 'largest' (the default for a distance, ATT) is
 *   R's `order(distance[treat == 1], decreasing = TRUE)`, 'smallest' the increasing order, 'data'
 *   the data order; R's `order` is stable, so ties keep data order. With replacement MatchIt
 *   forces 'data' (reuse.max = .Machine$integer.max >= n1), which does not change the result.
 * - k:1 matching goes in rounds: round r gives every treated unit (in `m.order`) its r-th control,
 *   never one already matched to the same treated unit.
 * - Without replacement a control is used once; with replacement without limit.
 * - Caliper: when the nearest eligible control on one side is farther than the caliper, nothing
 *   on that side is eligible. With `stdCaliper` (MatchIt's default `std.caliper = TRUE`) the
 *   caliper is multiplied by `sd(distance[!discarded])`, the sample SD (denominator n - 1) over
 *   all non-discarded units, treated and control together (`MatchIt:::process.caliper`).
 * - Exact matching: MatchIt matches separately within each exact stratum (the `ord` is then the
 *   order within the stratum) and stacks the match matrices back in treated data order.
 * - Subclasses (without replacement only; NULL with replacement): `mm2subclass` labels each
 *   matched set by the 1-based row number of its treated unit, turns those labels into a factor
 *   of *character* strings and renumbers the levels 1..n. R sorts character levels by collation,
 *   so the numbering follows the lexicographic order of the decimal row numbers ("1" < "10" <
 *   "100" < "2"); digit-only strings collate the same in the C and common UTF-8 locales.
 * - Weights (`weights_matrixC`): a matched treated unit gets 1; each control gets the sum over the
 *   treated units it is matched to of 1 / (number of controls matched to that treated unit);
 *   control weights are then multiplied by (number of controls with positive weight) / (sum of
 *   control weights). Unmatched and discarded units get 0.
 *
 * MatchIt 4.5.1 as installed here (Debian) has two bugs in `nn_matchC_vec.cpp` that change which
 * controls are chosen and make calipers below 1 ineffective; by default this module does what
 * MatchIt intends (and later versions do), and `emulateMatchIt451Bugs` reproduces 4.5.1 exactly
 * (see that option). Only the ATT (treated = 1 focal) is implemented; no ATC, Mahalanobis
 * distance, `antiexact`, `unit.id`, `reuse.max` or covariate calipers.
 */

export type MatchOrder = 'largest' | 'smallest' | 'data';

export interface NearestOptions {
  /** k in k:1 matching (MatchIt `ratio`), default 1. */
  ratio?: number;
  /** Match with replacement (MatchIt `replace`), default false. */
  replace?: boolean;
  /** Caliper on the distance; null/undefined for none. */
  caliper?: number | null;
  /** Whether `caliper` is in SDs of the distance (MatchIt `std.caliper`), default true. */
  stdCaliper?: boolean;
  /** Exact-matching stratum key per unit (e.g. the value of `married`); units match only within a stratum. */
  exact?: ReadonlyArray<string | number> | null;
  /** Order in which treated units are matched, default 'largest'. */
  mOrder?: MatchOrder;
  /** Units excluded from matching (MatchIt `discard`), default none. */
  discarded?: ReadonlyArray<boolean> | null;
  /**
   * Reproduce two bugs of MatchIt 4.5.1's `nn_matchC_vec.cpp` (as built on Linux/Debian), both fixed
   * in later MatchIt versions. Default false: the intended behaviour. Set true only to compare with
   * output of MatchIt 4.5.1 on such a system (our fixture was made so).
   * 1. `abs()` is called on a double difference and resolves to the C `int abs(int)`, so distance
   *    differences are truncated to integers (NEWS: "Fixed a bug where calipers would not work
   *    properly on some systems", #163). Consequences: when there is an eligible control on both
   *    sides, the one below (left) is taken unless the differences differ in their integer part;
   *    the caliper only excludes a control when trunc(|difference|) > caliper, so a caliper below 1
   *    on the propensity-score scale never excludes anyone.
   * 2. In k:1 matching, the check "already matched to this treated unit" compares a 0-based index
   *    with the 1-based indices stored in the match matrix (fixed in 4.5.2, "Fixed a bug due to
   *    indexing"): it skips the control that follows an already matched control in data order,
   *    and does not skip the already matched control itself (which, without replacement, is
   *    unavailable anyway; with replacement it can be matched twice to the same treated unit, the
   *    4.5.3 NEWS item "Fixed a bug when using method = "nearest" with replace = TRUE and ratio
   *    greater than 1").
   */
  emulateMatchIt451Bugs?: boolean;
}

export interface NearestResult {
  /** Indices (0-based, into the input) of the treated units, in data order: the rows of `matchMatrix`. */
  treatedIndex: number[];
  /**
   * MatchIt's `match.matrix`: one row per treated unit (data order), `ratio` columns, each the
   * 0-based index of the matched control or null when no control was found.
   */
  matchMatrix: (number | null)[][];
  /** MatchIt's `subclass` per unit (1-based, null for unmatched); null when matching with replacement. */
  subclass: (number | null)[] | null;
  /** MatchIt's ATT matching weights per unit. */
  weights: number[];
  /** The caliper in distance units actually applied (null when no caliper). */
  caliperRaw: number | null;
}

/** Sample standard deviation (denominator n - 1), as R's `sd`. */
export function sampleSd(x: ReadonlyArray<number>): number {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let ss = 0;
  for (const v of x) ss += (v - mean) * (v - mean);
  return Math.sqrt(ss / (n - 1));
}

/** Stable order of indices by key (ascending or descending), as R's `order` (ties in input order). */
function stableOrder(keys: ReadonlyArray<number>, decreasing: boolean): number[] {
  const idx = keys.map((_, i) => i);
  idx.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka === kb) return a - b;
    return decreasing ? (ka < kb ? 1 : -1) : ka < kb ? -1 : 1;
  });
  return idx;
}

/**
 * Port of MatchIt's `nn_matchC_vec` for one (sub)sample without exact/antiexact/unit.id/caliper
 * covariates. Returns the match matrix (rows = treated in data order of the subsample) with
 * 0-based subsample indices.
 */
function nnMatchVec(
  treat: ReadonlyArray<number>,
  distance: ReadonlyArray<number>,
  discarded: ReadonlyArray<boolean>,
  ord: ReadonlyArray<number>,
  ratio: number,
  reuseMax: number,
  caliper: number | null,
  bugs451: boolean,
): (number | null)[][] {
  const absDiff = bugs451 ? (x: number) => Math.abs(Math.trunc(x)) : Math.abs;
  const n = treat.length;
  const dOrd = stableOrder(distance, false);
  const tS = dOrd.map((i) => treat[i]!);
  const dS = dOrd.map((i) => distance[i]!);
  const discS = dOrd.map((i) => discarded[i]!);
  // Position in sorted order of each treated unit, indexed by its row in the match matrix.
  const treatedRows: number[] = [];
  for (let i = 0; i < n; i++) if (treat[i] === 1) treatedRows.push(i);
  const n1 = treatedRows.length;
  const posOf = new Array<number>(n);
  dOrd.forEach((orig, pos) => {
    posOf[orig] = pos;
  });
  const mm: (number | null)[][] = treatedRows.map(() => new Array<number | null>(ratio).fill(null));
  if (n1 === 0) return mm;

  const timesMatched = new Array<number>(n).fill(0);
  const canBeMatched = dOrd.map((_, k) => !discS[k] && tS[k] !== 1);
  let firstControl = canBeMatched.indexOf(true);
  let lastControl = canBeMatched.lastIndexOf(true);
  if (firstControl < 0) return mm;

  const find = (ii: number, row: ReadonlyArray<number>, r: number, step: 1 | -1): number => {
    let k = ii + step;
    while (step === 1 ? k <= lastControl : k >= firstControl) {
      if (tS[k] === 1) {
        k += step;
        continue;
      }
      if (r > 0 && row.includes(bugs451 ? dOrd[k]! - 1 : dOrd[k]!)) {
        k += step;
        continue;
      }
      if (!canBeMatched[k]) {
        k += step;
        continue;
      }
      if (caliper !== null && absDiff(dS[ii]! - dS[k]!) > caliper) return -1;
      return k;
    }
    return -1;
  };

  for (let r = 0; r < ratio; r++) {
    for (let i = 0; i < n1; i++) {
      const rowToFill = ord[i]!;
      const ii = posOf[treatedRows[rowToFill]!]!;
      if (discS[ii]) continue;
      const mmRow = mm[rowToFill]!;
      const rowIdx = mmRow.filter((v): v is number => v !== null);
      const kLeft = find(ii, rowIdx, r, -1);
      const kRight = find(ii, rowIdx, r, 1);
      let k: number;
      if (kLeft >= 0 && kRight >= 0) {
        const dti = dS[ii]!;
        k = absDiff(dS[kLeft]! - dti) <= absDiff(dS[kRight]! - dti) ? kLeft : kRight;
      } else if (kLeft >= 0) k = kLeft;
      else if (kRight >= 0) k = kRight;
      else continue;
      mmRow[r] = dOrd[k]!;
      timesMatched[k]!++;
      if (timesMatched[k]! >= reuseMax) canBeMatched[k] = false;
      // As the C++: stop when no control is left, else move the search bounds past used controls.
      while (firstControl <= lastControl && !canBeMatched[firstControl]) firstControl++;
      if (firstControl > lastControl) return mm;
      while (!canBeMatched[lastControl]) lastControl--;
    }
  }
  return mm;
}

function treatedOrder(dist1: ReadonlyArray<number>, mOrder: MatchOrder): number[] {
  if (mOrder === 'largest') return stableOrder(dist1, true);
  if (mOrder === 'smallest') return stableOrder(dist1, false);
  return dist1.map((_, i) => i);
}

/**
 * MatchIt's `weights_matrixC`: ATT weights from a match matrix (rows = treated units in data order).
 */
export function weightsFromMatchMatrix(
  matchMatrix: ReadonlyArray<ReadonlyArray<number | null>>,
  treatedIndex: ReadonlyArray<number>,
  treat: ReadonlyArray<number>,
): number[] {
  const w = new Array<number>(treat.length).fill(0);
  matchMatrix.forEach((row, r) => {
    const ctrls = row.filter((v): v is number => v !== null);
    if (ctrls.length === 0) return;
    const add = 1 / ctrls.length;
    for (const c of ctrls) w[c] = w[c]! + add;
    w[treatedIndex[r]!] = 1;
  });
  let sumC = 0;
  let matchedC = 0;
  for (let i = 0; i < treat.length; i++) {
    if (treat[i] !== 1) {
      sumC += w[i]!;
      if (w[i]! > 0) matchedC++;
    }
  }
  if (sumC > 0) {
    for (let i = 0; i < treat.length; i++) if (treat[i] !== 1) w[i] = (w[i]! * matchedC) / sumC;
  }
  return w;
}

/** MatchIt's `mm2subclass` (see the module comment for the character-level numbering). */
export function subclassFromMatchMatrix(
  matchMatrix: ReadonlyArray<ReadonlyArray<number | null>>,
  treatedIndex: ReadonlyArray<number>,
  n: number,
): (number | null)[] {
  const label = new Array<string | null>(n).fill(null);
  matchMatrix.forEach((row, r) => {
    const t = treatedIndex[r]!;
    const tag = String(t + 1);
    if (row[0] !== null && row[0] !== undefined) label[t] = tag;
    for (const c of row) if (c !== null) label[c] = tag;
  });
  const levels = [...new Set(label.filter((v): v is string => v !== null))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const rank = new Map(levels.map((l, i) => [l, i + 1]));
  return label.map((l) => (l === null ? null : rank.get(l)!));
}

/**
 * Nearest-neighbour matching of treated (`treat[i] === 1`) to control units on `distance`
 * (a propensity score or its logit, as the caller chooses), with MatchIt 4.5.1's semantics.
 */
export function nearestNeighbourMatch(
  treat: ReadonlyArray<number>,
  distance: ReadonlyArray<number>,
  options: NearestOptions = {},
): NearestResult {
  const n = treat.length;
  if (distance.length !== n) throw new Error('distance and treat must have the same length');
  const ratio = options.ratio ?? 1;
  if (!Number.isInteger(ratio) || ratio < 1) throw new Error('ratio must be a positive integer');
  const replace = options.replace ?? false;
  const discarded = options.discarded ?? new Array<boolean>(n).fill(false);
  const mOrder: MatchOrder = replace ? 'data' : (options.mOrder ?? 'largest');
  const reuseMax = replace ? Number.POSITIVE_INFINITY : 1;

  let caliperRaw: number | null = null;
  if (options.caliper !== null && options.caliper !== undefined) {
    caliperRaw =
      (options.stdCaliper ?? true)
        ? options.caliper * sampleSd(distance.filter((_, i) => !discarded[i]))
        : options.caliper;
  }

  const treatedIndex: number[] = [];
  for (let i = 0; i < n; i++) if (treat[i] === 1) treatedIndex.push(i);
  const rowOfTreated = new Map(treatedIndex.map((t, r) => [t, r]));
  const matchMatrix: (number | null)[][] = treatedIndex.map(() => new Array<number | null>(ratio).fill(null));

  const strata: number[][] = [];
  if (options.exact) {
    const exact = options.exact;
    const byKey = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const key = String(exact[i]);
      let g = byKey.get(key);
      if (!g) byKey.set(key, (g = []));
      g.push(i);
    }
    strata.push(...byKey.values());
  } else {
    strata.push(treat.map((_, i) => i));
  }

  for (const units of strata) {
    const t = units.map((i) => treat[i]!);
    const d = units.map((i) => distance[i]!);
    const disc = units.map((i) => discarded[i]!);
    const d1 = d.filter((_, j) => t[j] === 1);
    if (d1.length === 0) continue;
    const ord = treatedOrder(d1, mOrder);
    const sub = nnMatchVec(t, d, disc, ord, ratio, reuseMax, caliperRaw, options.emulateMatchIt451Bugs ?? false);
    let r = 0;
    units.forEach((u, j) => {
      if (t[j] !== 1) return;
      const row = matchMatrix[rowOfTreated.get(u)!]!;
      sub[r]!.forEach((v, c) => {
        row[c] = v === null ? null : units[v]!;
      });
      r++;
    });
  }

  const weights = weightsFromMatchMatrix(matchMatrix, treatedIndex, treat);
  const subclass = replace ? null : subclassFromMatchMatrix(matchMatrix, treatedIndex, n);
  return { treatedIndex, matchMatrix, subclass, weights, caliperRaw };
}

/** The match matrix with unit ids in place of indices, as MatchIt prints `match.matrix` (row names = treated ids). */
export function matchMatrixIds(
  result: NearestResult,
  ids: ReadonlyArray<string>,
): { rownames: string[]; rows: (string | null)[][] } {
  return {
    rownames: result.treatedIndex.map((i) => ids[i]!),
    rows: result.matchMatrix.map((row) => row.map((v) => (v === null ? null : ids[v]!))),
  };
}
