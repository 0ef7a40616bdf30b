/**
 * Builds the Fastify application: plugins, security, authentication, the API
 * routes, the generated OpenAPI document and the web app.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/connection.ts';
import { defaultSessionAbsoluteHours, defaultSessionIdleMinutes } from '../config.ts';
import { LoginThrottle, type LoginLimits } from './auth/rate-limit.ts';
import { registerAuthHook } from './auth/hook.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandling, registerNotFound } from './errors.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerCsrfProtection } from './csrf.ts';
import { redactCprLike } from '../domain/identity/cpr.ts';
import { isAppRoute, registerWeb } from './web.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { caseRecordRoutes } from './routes/case-records.ts';
import { citizenRoutes } from './routes/citizens.ts';
import { citizenTransferRoutes } from './routes/citizen-transfer.ts';
import { companiesRoutes } from './routes/companies.ts';
import { courseRoutes } from './routes/courses.ts';
import { healthRoutes } from './routes/health.ts';
import { housingAreaRoutes } from './routes/housing-areas.ts';
import { matchingRoutes } from './routes/matching.ts';
import { modelRoutes } from './routes/models.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { fidelityRoutes } from './routes/fidelity.ts';
import { economicsRoutes } from './routes/economics.ts';
import { evaluationRoutes } from './routes/evaluation.ts';
import { DEFAULT_MIN_CELL_SIZE } from '../domain/fidelity/suppression.ts';
import { syncBuiltinInstruments } from '../store/fidelity/instruments.ts';
import { municipalitySettingsRoutes } from './routes/municipality-settings.ts';
import { placementsRoutes } from './routes/placements.ts';
import { pseudonymisedRoutes } from './routes/pseudonymised.ts';
import { staffRoutes } from './routes/staff.ts';
import { unitRoutes } from './routes/units.ts';
import { worklistRoutes } from './routes/worklist.ts';
import { registerRoutes } from './routes/registers.ts';

z.config(z.locales.da());

export interface AppOptions {
  database: DatabaseHandle;
  logLevel?: string;
  /** Where log lines go (tests capture them); stdout by default. */
  logStream?: NodeJS.WritableStream;
  sessionIdleMinutes?: number;
  /** Sessions end this long after login, however active (ASVS 3.3.2). */
  sessionAbsoluteHours?: number;
  secureCookies?: boolean;
  loginLimits?: LoginLimits;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses/CIDRs (JOBSPOR_TRUST_PROXY). */
  trustProxy?: boolean | number | string[];
  /** JOBSPOR_PUBLIC_ORIGIN: the only origin state-changing requests may come from (default: the Host header's). */
  publicOrigin?: string;
  /** The installation's secret key (serve loads it from JOBSPOR_SECRET_FILE); a random one for this process when absent. */
  installationSecret?: Buffer;
  /** JOBSPOR_MONITORING_CLOSE_DAYS: days after a month's end before the monitoring stores it as closed (default 0). */
  monitoringCloseDays?: number;
  /** JOBSPOR_FIDELITY_MIN_CELL: fewest respondents behind a fidelity survey figure (default 3). */
  fidelityMinCellSize?: number;
  /** Where uploaded register extracts wait for their import; default a directory under the system's temp directory. */
  uploadDir?: string;
  /** Serve the built web app (off in API tests). */
  serveWeb?: boolean;
}

/** The route modules, in registration order. Later features add theirs here. */
export const routeModules = [
  healthRoutes,
  authRoutes,
  unitRoutes,
  housingAreaRoutes,
  municipalitySettingsRoutes,
  staffRoutes,
  citizenRoutes,
  citizenTransferRoutes,
  pseudonymisedRoutes,
  auditRoutes,
  modelRoutes,
  worklistRoutes,
  courseRoutes,
  caseRecordRoutes,
  companiesRoutes,
  matchingRoutes,
  placementsRoutes,
  monitoringRoutes,
  registerRoutes,
  fidelityRoutes,
  economicsRoutes,
  evaluationRoutes,
];

/** The request path for the log: no query string, CPR-like numbers replaced, also when percent-encoded. */
export function redactedPath(url: string): string {
  const path = url.split('?')[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: redact what can be read as it stands.
  }
  const redacted = redactCprLike(decoded);
  return redacted === decoded ? path : redacted;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream ? { stream: options.logStream } : {}),
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Log the path without its query string, and with anything CPR-like in
      // it redacted (a number typed into a web-app path): nothing a user types may reach the log.
      serializers: {
        req: (request: { method: string; url: string; routeOptions?: { url?: string } }) => ({
          method: request.method,
          url: redactedPath(request.url),
          route: request.routeOptions?.url,
        }),
      },
    },
    // A hop count as the function Fastify would build from it (its types take no number).
    trustProxy: typeof options.trustProxy === 'number' ? hopCount(options.trustProxy) : (options.trustProxy ?? false),
    bodyLimit: 1024 * 1024,
  });
  const ctx: AppContext = {
    db: options.database.db,
    databaseKind: options.database.kind,
    sessionIdleMinutes: options.sessionIdleMinutes ?? defaultSessionIdleMinutes,
    sessionAbsoluteHours: options.sessionAbsoluteHours ?? defaultSessionAbsoluteHours,
    secureCookies: options.secureCookies ?? false,
    loginThrottle: new LoginThrottle(options.database.db, options.loginLimits),
    installationSecret: options.installationSecret ?? randomBytes(32),
    monitoringCloseDays: options.monitoringCloseDays ?? 0,
    fidelityMinCellSize: options.fidelityMinCellSize ?? DEFAULT_MIN_CELL_SIZE,
    uploadDir: options.uploadDir ?? join(tmpdir(), 'jobspor-uploads'),
  };
  app.decorate('ctx', ctx);
  // Start-up work on a migrated database: the built-in fidelity instruments (idempotent).
  await syncBuiltinInstruments(ctx.db);
  // Every API route, so a test can prove the OpenAPI document lists them all.
  const apiRoutes: { method: string; url: string }[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url === '/api/openapi.json') return;
    for (const method of [route.method].flat()) if (method !== 'HEAD') apiRoutes.push({ method, url: route.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  registerSecurityHeaders(app, { https: options.secureCookies ?? false });
  registerCsrfProtection(app, options.publicOrigin);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jobspor API',
        version: '0.1.0',
        description: 'Case work, monitoring and evaluation of employment interventions. All routes except health and login require a session cookie.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jobspor_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  registerAuthHook(app);
  for (const routes of routeModules) await app.register(routes);

  /** The OpenAPI document generated from the route schemas. */
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const servesWeb = (options.serveWeb ?? true) && (await registerWeb(app));
  registerNotFound(app, (path, method) => servesWeb && isAppRoute(method, path));
  return app;
}

/** Trusts the nearest `hops` proxies: X-Forwarded-For's entry that many hops back is the client. */
function hopCount(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}
