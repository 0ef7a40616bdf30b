/** What every route module receives: the database and the server's settings. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { DatabaseKind } from '../db/connection.ts';
import type { LoginThrottle } from './auth/rate-limit.ts';
import type { SessionUser } from './auth/sessions.ts';
import type { CitizenAccess } from '../store/citizen-scope.ts';

export interface AppContext {
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  secureCookies: boolean;
  loginThrottle: LoginThrottle;
  /** The installation's secret key (platform/installation-secret.ts); keys the audited hash of CPR numbers not found. */
  installationSecret: Buffer;
  /** Days after a month's end before the monitoring counts it as closed (JOBSPOR_MONITORING_CLOSE_DAYS). */
  monitoringCloseDays: number;
  /** Fewest respondents a fidelity survey figure may rest on (JOBSPOR_FIDELITY_MIN_CELL). */
  fidelityMinCellSize: number;
  /** Where uploaded register extracts wait for their import (deleted after it). */
  uploadDir: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    /** Method and URL pattern of every /api route registered. */
    apiRoutes: { method: string; url: string }[];
  }
  interface FastifyRequest {
    /** The authenticated staff member; set by the auth hook on every protected route. */
    user: SessionUser | null;
    /** Cached ids of the units the user may see (their own unit and everything below it). */
    scopeUnitIds: Promise<string[]> | null;
    /** Cached id of the user's municipality (the root of their unit); see callerMunicipality in access.ts. */
    municipalityId: Promise<string> | null;
    /** Cached need-to-know scope of the user over citizens; see citizenAccess in access.ts. */
    citizenAccess: Promise<CitizenAccess> | null;
  }
}
