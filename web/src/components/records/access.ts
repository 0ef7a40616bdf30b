/**
 * What the records screens offer each role. The server enforces the same
 * rules (403); this only hides buttons a role cannot use.
 */

/** Plan, job goals and CV (permission citizen.write). */
export function canEditRecords(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'jobformidler' || role === 'leder' || role === 'admin');
}

/** Contacts and measurements (permission case.record): everyone who works with the citizen. */
export function canRecordCase(roles: readonly string[]): boolean {
  return roles.some(
    (role) => role === 'jobformidler' || role === 'virksomhedskonsulent' || role === 'mentor' || role === 'leder' || role === 'admin',
  );
}
