/**
 * Value parsing shared by both drivers, so that code sees the same JavaScript
 * types on PGlite and on a PostgreSQL server: DATE as 'YYYY-MM-DD' strings
 * (no time-zone shifts), int8 and numeric as numbers.
 */
export const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

export const valueParsers: Record<number, (value: string) => unknown> = {
  [OID.date]: (value) => value,
  [OID.int8]: (value) => Number(value),
  [OID.numeric]: (value) => Number(value),
};
