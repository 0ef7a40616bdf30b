/**
 * What the company screens offer each role (docs/contracts/companies-api.md,
 * "Permissions and scope"). The server enforces the same rules (403); this
 * only hides what a role cannot use. Everyone in the area may read.
 */

/** Companies, contact persons, the contact log, agreements, openings and the import (permission company.write). */
export function canWriteCompanies(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'jobformidler' || role === 'virksomhedskonsulent' || role === 'leder' || role === 'admin');
}

/** Looking at a colleague's company worklist (permission team.read). */
export function canPickColleague(roles: readonly string[]): boolean {
  return roles.includes('leder');
}
