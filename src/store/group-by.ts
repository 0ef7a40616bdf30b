/**
 * Grouping rows by a key in one pass, for the stores that load a batch with
 * one query per table and hand each parent its children (instead of a
 * `filter` per parent, which is quadratic).
 */

/**
 * The rows grouped by `key`, each group in the rows' order (so a query's
 * ORDER BY holds within every group). Rows whose key is null or undefined
 * belong to no group. With `value`, each group holds `value(row)` instead of
 * the row.
 */
export function groupBy<T, K>(rows: Iterable<T>, key: (row: T) => K | null | undefined): Map<K, T[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, key: (row: T) => K | null | undefined, value: (row: T) => V): Map<K, V[]>;
export function groupBy<T, K, V>(rows: Iterable<T>, key: (row: T) => K | null | undefined, value?: (row: T) => V): Map<K, (T | V)[]> {
  const out = new Map<K, (T | V)[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null || k === undefined) continue;
    const item = value ? value(row) : row;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
