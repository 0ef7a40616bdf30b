/** Security headers on every response (CSP for the SPA, no sniffing, no framing, HSTS behind HTTPS) and the print pages’ own policy. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "script-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * A print page (Kompetence-CV, arbejdsaftale) is a separate document with its
 * CSS inline, so it gets its own policy: nothing may load, only the inline
 * style applies, no framing.
 */
export const printContentSecurityPolicy = ["default-src 'none'", "style-src 'unsafe-inline'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'"].join('; ');

/** A print page route's onSend hook: route hooks run after the app-wide ones, so this replaces the strict policy for this document only. */
export async function printPolicy(_request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  reply.header('Content-Security-Policy', printContentSecurityPolicy);
  return payload;
}

/** HSTS for a year, subdomains included: sent only when the app is served over HTTPS (JOBSPOR_SECURE_COOKIES=1). */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean } = { https: false }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (options.https) reply.header('Strict-Transport-Security', strictTransportSecurity);
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (request.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    return payload;
  });
}
