/**
 * Cross-site request forgery: a state-changing request (POST, PUT, PATCH,
 * DELETE) must carry its body as JSON and must not come from another site.
 * Browsers send `Origin` (and `Sec-Fetch-Site`) on such requests, and a page
 * on another site cannot send `application/json` without a CORS preflight,
 * which this server never grants. Clients that are not browsers (scripts,
 * the test helpers) send neither header and are let through: the session
 * cookie is the browser's, so they cannot ride on it. There are no multipart
 * upload routes (the company CSV import sends its file as a JSON string).
 * The register upload (rawUploadRoutes) sends a file of gigabytes as its
 * raw body: it is admitted by route, with application/octet-stream only,
 * which is no CORS-safelisted type either (a cross-site page cannot send it
 * without a preflight), and the same-origin check still applies. The
 * fidelity answer import (csvUploadRoutes) sends its CSV as text/csv, which
 * is not CORS-safelisted either, admitted the same way.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors.ts';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes whose body is a raw file (application/octet-stream), not JSON. */
export const rawUploadRoutes: ReadonlySet<string> = new Set(['/api/registers/uploads']);

/** Routes whose body is a CSV file (text/csv), not JSON. */
export const csvUploadRoutes: ReadonlySet<string> = new Set(['/api/fidelity/rounds/:id/import']);

const mediaType = (request: FastifyRequest) => (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

function isOctetStream(request: FastifyRequest): boolean {
  return mediaType(request) === 'application/octet-stream';
}

export interface RequestOrigin {
  origin: string | undefined;
  secFetchSite: string | undefined;
  host: string | undefined;
}

/**
 * True when the request comes from the app's own origin or from a client
 * that is not a browser. `publicOrigin` is JOBSPOR_PUBLIC_ORIGIN; without it
 * the Origin's host must equal the Host header.
 */
export function isSameOrigin(request: RequestOrigin, publicOrigin: string | undefined): boolean {
  if (request.secFetchSite !== undefined && request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none') return false;
  if (request.origin === undefined) return true;
  let origin: URL;
  try {
    origin = new URL(request.origin);
  } catch {
    return false; // includes the opaque origin "null" (sandboxed frames, data: pages)
  }
  if (publicOrigin !== undefined) return origin.origin === publicOrigin;
  return request.host !== undefined && origin.host === hostOf(origin.protocol, request.host);
}

/** The Host header as URL.host normalises it for the Origin's scheme (lower case, default port dropped). */
function hostOf(protocol: string, host: string): string | undefined {
  try {
    return new URL(`${protocol}//${host}`).host;
  } catch {
    return undefined;
  }
}

/** True when a body is sent, or declared, and it is not JSON. */
export function hasNonJsonBody(request: FastifyRequest): boolean {
  const type = request.headers['content-type'];
  if (type !== undefined) return type.split(';')[0]!.trim().toLowerCase() !== 'application/json';
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] !== undefined;
}

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** One onRequest hook, before authentication, for every state-changing route. */
export function registerCsrfProtection(app: FastifyInstance, publicOrigin: string | undefined): void {
  app.addHook('onRequest', async (request) => {
    if (!stateChanging.has(request.method)) return;
    const from: RequestOrigin = {
      origin: header(request.headers.origin),
      secFetchSite: header(request.headers['sec-fetch-site']),
      host: header(request.headers.host),
    };
    if (!isSameOrigin(from, publicOrigin)) {
      throw new ApiError(403, 'cross_site_request', 'Anmodningen kommer fra et andet websted og er afvist.');
    }
    if (rawUploadRoutes.has(request.routeOptions.url ?? '') && request.method === 'POST') {
      if (!isOctetStream(request)) throw new ApiError(415, 'unsupported_media_type', 'Filen skal sendes som application/octet-stream.');
      return;
    }
    if (csvUploadRoutes.has(request.routeOptions.url ?? '') && request.method === 'POST') {
      if (mediaType(request) !== 'text/csv') throw new ApiError(415, 'unsupported_media_type', 'Filen skal sendes som text/csv.');
      return;
    }
    if (hasNonJsonBody(request)) {
      throw new ApiError(415, 'unsupported_media_type', 'Anmodningens indhold skal være JSON (Content-Type: application/json).');
    }
  });
}
