/**
 * Which report units a caller may open (a unit outside it is 404, as for
 * citizens):
 *
 * - analytiker: every unit (figures only; persons behind them as pseudonyms);
 * - leder: their own unit and every unit and staff member below it, and the
 *   aggregates of the country and of every municipality (what the report
 *   compares with anyway);
 * - jobformidler: their own staff key and their own unit (team).
 *
 * The persons behind a figure are named only where the caller's citizen
 * scope reaches the citizen (server/access.ts); everyone else is a pseudonym.
 */
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../auth/sessions.ts';
import { scopeUnitIds } from '../../access.ts';
import { notFound } from '../../errors.ts';
import { COUNTRY, staffKey, type UnitDirectory } from '../../../store/monitoring/units.ts';

export interface UnitAccess {
  /** Every unit key is open. */
  all: boolean;
  /** The country and municipality aggregates are open. */
  aggregates: boolean;
  /** Case-system units open to the caller (ids). */
  unitIds: ReadonlySet<string>;
  /** Staff keys open beyond the units' staff: the caller's own. */
  ownStaffKey: string;
}

/** The caller's unit access (roles add up). */
export async function unitAccess(request: FastifyRequest, user: SessionUser): Promise<UnitAccess> {
  const roles = user.roles;
  if (roles.includes('analytiker')) return { all: true, aggregates: true, unitIds: new Set(), ownStaffKey: staffKey(user.id) };
  if (roles.includes('leder')) return { all: false, aggregates: true, unitIds: new Set(await scopeUnitIds(request)), ownStaffKey: staffKey(user.id) };
  return { all: false, aggregates: false, unitIds: new Set([user.unitId]), ownStaffKey: staffKey(user.id) };
}

/**
 * True when the caller may open the unit key. A staff key is open when the
 * staff member's unit is (`staffUnit` looks it up), a municipality key when
 * aggregates are or the municipality unit itself is in scope.
 */
export async function mayOpen(access: UnitAccess, directory: UnitDirectory, key: string, staffUnit: (id: string) => Promise<string | null>): Promise<boolean> {
  if (access.all) return true;
  if (key === access.ownStaffKey) return true;
  const [type, id] = key.split(':') as [string, string | undefined];
  if (type === 'country' || key === COUNTRY) return access.aggregates;
  if (type === 'municipality') {
    if (access.aggregates) return true;
    const unit = [...directory.units.values()].find((u) => u.municipalityCode === id);
    return unit !== undefined && access.unitIds.has(unit.id);
  }
  if (type === 'unit') return access.unitIds.has(id!) && directory.units.has(id!);
  if (type === 'staff') {
    // A leder opens the staff of their units; a job broker only themself (handled above).
    if (!access.aggregates) return false;
    const unitId = await staffUnit(id!);
    return unitId !== null && access.unitIds.has(unitId);
  }
  return false;
}

/** Throws 404 unless the caller may open the unit key. */
export async function requireUnit(access: UnitAccess, directory: UnitDirectory, key: string, staffUnit: (id: string) => Promise<string | null>): Promise<void> {
  if (!(await mayOpen(access, directory, key, staffUnit))) throw notFound('Enheden');
}

/**
 * True when the caller may list the persons behind the unit's figures. The
 * country and other municipalities are open to a leder as aggregates only:
 * their persons belong to other data controllers, so only an analyst (who
 * sees pseudonyms anyway) lists them.
 */
export function mayListPersons(access: UnitAccess, directory: UnitDirectory, key: string): boolean {
  if (access.all) return true;
  const [type, id] = key.split(':') as [string, string | undefined];
  if (type === 'country' || key === COUNTRY) return false;
  if (type === 'municipality') {
    const unit = [...directory.units.values()].find((u) => u.municipalityCode === id);
    return unit !== undefined && access.unitIds.has(unit.id);
  }
  return true; // units and staff were checked by requireUnit
}
