/**
 * What the placement screens offer each role. The server enforces the same
 * permissions (403); this only hides what a role cannot use.
 */
export { canRecordCase } from '../records/access.ts';

/** Matches, work agreements, starting and ending placements (permission placement.write). */
export function canWritePlacements(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'jobformidler' || role === 'virksomhedskonsulent' || role === 'leder' || role === 'admin');
}
