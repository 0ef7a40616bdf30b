/**
 * Which areas of the app each role may use. The server enforces access; this
 * only decides what the interface offers.
 */
export const areas = ['sagsstamme', 'team', 'borgere', 'gruppeforloeb', 'virksomheder', 'overblik', 'fidelitet', 'evaluering', 'oekonomi', 'statusrapport', 'modeller', 'admin', 'registre', 'revisionslog', 'spoergeskema'] as const;
export type Area = (typeof areas)[number];

const areaRoles: Record<Area, readonly string[]> = {
  sagsstamme: ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder'],
  team: ['leder'],
  // Need to know: an administrator reads no case data (the server decides which citizens each role sees).
  borgere: ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder'],
  // Group activities (gruppeforløb) are run by job brokers and their managers (004's outreach office).
  gruppeforloeb: ['jobformidler', 'leder'],
  // Mentors read the shared company network (company.read) to support placements; they do not write.
  virksomheder: ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder'],
  overblik: ['leder', 'analytiker'],
  fidelitet: ['leder', 'analytiker'],
  evaluering: ['leder', 'analytiker'],
  // Økonomi (issue 14): cost models and scenarios (permissions economics.read/manage).
  oekonomi: ['leder', 'analytiker'],
  // The monthly status report (issue 11): managers and analysts, and a job broker for their own figures and team.
  statusrapport: ['leder', 'analytiker', 'jobformidler'],
  // Every role may read how the models are defined; only leder/admin may change parameters (the server decides).
  modeller: ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin'],
  admin: ['admin'],
  // Register extracts (issue 11): imported and rolled back by administrators and analysts.
  registre: ['admin', 'analytiker'],
  // The audit log (permission audit.read): answering a citizen's access request.
  revisionslog: ['admin', 'leder'],
  // Fidelity questionnaires (issue 12): every staff member answers their own invitations (the server decides which).
  spoergeskema: ['jobformidler', 'virksomhedskonsulent', 'mentor', 'leder', 'analytiker', 'admin'],
};

export function canUseArea(roles: readonly string[], area: Area): boolean {
  return roles.some((role) => areaRoles[area].includes(role));
}

/**
 * Areas reached from a page rather than the menu: the questionnaires are
 * opened from the reminder on the start page (the leder's menu is full).
 */
const notInMenu: readonly Area[] = ['spoergeskema'];

/** The areas a role's menu offers, in menu order. */
export function allowedAreas(roles: readonly string[]): Area[] {
  return areas.filter((area) => canUseArea(roles, area) && !notInMenu.includes(area));
}

/** The first page a role lands on after login (the model descriptions only when there is nothing else). */
export function startPath(roles: readonly string[]): string {
  const allowed = allowedAreas(roles);
  const first = allowed.find((area) => area !== 'modeller') ?? allowed[0];
  return first ? `/${first}` : '/ingen-adgang';
}

/** Creating and editing citizens (permission citizen.write). */
export function canWriteCitizens(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'jobformidler' || role === 'leder');
}

/**
 * Matching across the units: a manager or company consultant sees the other
 * candidates as a profile only (matchingPool in the roles module).
 */
export function matchesFromUnits(roles: readonly string[]): boolean {
  return roles.some((role) => role === 'leder' || role === 'virksomhedskonsulent');
}

/** Showing the full CPR number (permission citizen.cpr.reveal). */
export function canRevealCpr(roles: readonly string[]): boolean {
  return canWriteCitizens(roles);
}
