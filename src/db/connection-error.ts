/**
 * One line that says which PostgreSQL server could not be reached and why,
 * instead of the driver's bare "ENOTFOUND base" or an empty AggregateError.
 */
export function connectionFailure(url: string, error: unknown): string {
  let where = 'the server in DATABASE_URL';
  try {
    const parsed = new URL(url);
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    const database = decodeURIComponent(parsed.pathname.slice(1));
    const user = decodeURIComponent(parsed.username);
    where = `${host}:${parsed.port || '5432'}${database ? ` (database "${database}"${user ? `, user "${user}"` : ''})` : ''}`;
  } catch {
    // config.ts has already refused a URL that does not parse; keep the generic wording.
  }
  return `Cannot connect to PostgreSQL at ${where}: ${reason(error)}`;
}

function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node reports a refused connection to a name with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError without a message.
  const parts = error instanceof AggregateError && !error.message ? error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e))) : [error.message];
  const text = [...new Set(parts.filter(Boolean))].join('; ') || (error as { code?: string }).code || error.name;
  return text.replace(/\s+/g, ' ').trim();
}
