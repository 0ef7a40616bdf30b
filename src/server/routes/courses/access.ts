/**
 * Course access: a course is visible to whoever may see its citizen (need to
 * know: canSeeCitizen in ../../access.ts; 404 otherwise, not revealing that
 * it exists). Call these before opening a transaction; they read through the
 * app's handle.
 */
import type { FastifyRequest } from 'fastify';
import { canHoldCourseRole, courseRoleLabels, staffRolesForCourseRole, type CourseRole } from '../../../domain/cases/course-roles.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import { getModel, registry } from '../../../domain/models/registry.ts';
import type { ModelDefinition } from '../../../domain/models/schema.ts';
import { citizenKey } from '../../../store/citizens.ts';
import { courseKey, type CourseKey } from '../../../store/cases/keys.ts';
import { staffForOwnership } from '../../../store/companies/companies.ts';
import { today } from '../../../store/facts.ts';
import { municipalityOf } from '../../../store/units.ts';
import { callerMunicipality, canSeeCitizen, currentUser, isInScope } from '../../access.ts';
import { matchingPool } from '../../../domain/organisation/roles.ts';
import { badRequest, notFound, outOfScope } from '../../errors.ts';

/** The course's key, or 404 naming `what` (a record reached through the course, such as a placement, is as hidden as the course). */
export async function accessibleCourse(request: FastifyRequest, db: Kysely<Database>, courseId: string, what = 'Forløbet'): Promise<CourseKey> {
  const key = await courseKey(db, courseId);
  if (!key) throw notFound(what);
  if (!(await canSeeCitizen(request, key.citizenId))) throw outOfScope(what, key.citizenId);
  return key;
}

/**
 * A course reached for matching: one the caller may see in full, or (for a
 * matching pool of their units: a manager or company consultant) an active
 * course of a citizen registered in their units, which they may see only as
 * a candidate profile and match. 404 otherwise.
 */
export async function candidateCourse(request: FastifyRequest, db: Kysely<Database>, courseId: string): Promise<{ key: CourseKey; profileOnly: boolean }> {
  const key = await courseKey(db, courseId);
  if (!key) throw notFound('Forløbet');
  if (await canSeeCitizen(request, key.citizenId)) return { key, profileOnly: false };
  const active = key.endDate === null || key.endDate >= today();
  if (matchingPool(currentUser(request).roles) === 'units' && active && (await isInScope(request, key.citizenUnitId))) return { key, profileOnly: true };
  throw outOfScope('Forløbet', key.citizenId);
}

export async function accessibleCitizen(request: FastifyRequest, db: Kysely<Database>, citizenId: string) {
  const key = await citizenKey(db, citizenId);
  if (!key) throw notFound('Borgeren');
  if (!(await canSeeCitizen(request, key.id))) throw outOfScope('Borgeren', key.id);
  return key;
}

/** The definition a course was enrolled under (the latest version if that one is no longer shipped). */
export function courseModel(modelId: string, version: string): ModelDefinition {
  return registry.get(modelId, version) ?? getModel(modelId);
}

/** The latest version of a model named in a request, or 400 naming the known models. */
export function requestedModel(modelId: string, field = 'modelId'): ModelDefinition {
  const definition = registry.get(modelId);
  if (!definition) {
    const known = registry.latest().map((d) => `${d.id} (${d.name.da})`).join(', ');
    throw badRequest('Ukendt indsatsmodel.', { [field]: `Modellen '${modelId}' findes ikke. Vælg en af: ${known}.` });
  }
  return definition;
}

/** Checks that a unit exists, is in the caller's scope and can hold courses (not the municipality itself). */
export async function checkCourseUnit(request: FastifyRequest, db: Kysely<Database>, unitId: string, field = 'unitId'): Promise<void> {
  const unit = await db.selectFrom('unit').select(['id', 'kind']).where('id', '=', unitId).executeTakeFirst();
  if (!unit || !(await isInScope(request, unitId))) throw badRequest('Ukendt enhed.', { [field]: 'Enheden findes ikke, eller du har ikke adgang til den.' });
  if (unit.kind === 'municipality') throw badRequest('Vælg en enhed under kommunen.', { [field]: 'Et forløb skal høre til et jobcenter, et team eller et udkørende kontor.' });
}

/** Checks that a staff member exists, is active and works in the caller's units. */
export async function checkStaff(request: FastifyRequest, db: Kysely<Database>, staffId: string, field: string, courseRole?: CourseRole): Promise<void> {
  const staff = await db.selectFrom('staff').select(['unit_id', 'active', 'roles']).where('id', '=', staffId).executeTakeFirst();
  if (!staff || !(await isInScope(request, staff.unit_id))) {
    throw badRequest('Ukendt medarbejder.', { [field]: 'Medarbejderen findes ikke, eller du har ikke adgang til vedkommende.' });
  }
  if (!staff.active) throw badRequest('Medarbejderen er deaktiveret.', { [field]: 'Medarbejderen er ikke længere aktiv.' });
  if (courseRole && !canHoldCourseRole(staff.roles, courseRole)) {
    throw badRequest('Medarbejderen kan ikke have den rolle.', {
      [field]: `Rollen ${courseRoleLabels[courseRole].toLowerCase()} kræver en medarbejder med rollen ${staffRolesForCourseRole[courseRole].join(' eller ')}.`,
    });
  }
}

/**
 * Checks that a staff member is active staff of the caller's municipality
 * (not only the caller's units: companies and matches are the municipality's)
 * and that `rolesOk` accepts their roles; `rolesOk` returns the reason when it
 * does not. Returns the staff member, or the reason on `field` so that a route
 * can report it with its other field errors.
 */
export async function checkMunicipalityStaff(
  request: FastifyRequest,
  db: Kysely<Database>,
  staffId: string,
  field: string,
  rolesOk: (roles: readonly string[]) => string | null,
): Promise<{ staff: { id: string; unitId: string }; fields: null } | { staff: null; fields: Record<string, string> }> {
  const refuse = (reason: string) => ({ staff: null, fields: { [field]: reason } });
  const [staff, municipalityId] = await Promise.all([staffForOwnership(db, staffId, today()), callerMunicipality(request)]);
  if (!staff || (await municipalityOf(db, staff.unitId)) !== municipalityId) return refuse('Medarbejderen findes ikke i din kommune.');
  if (!staff.active) return refuse('Medarbejderen er ikke længere aktiv.');
  const roleProblem = rolesOk(staff.roles);
  if (roleProblem) return refuse(roleProblem);
  return { staff: { id: staff.id, unitId: staff.unitId }, fields: null };
}
