/**
 * Small typed client for the Jobspor API. Every call is same-origin with the
 * session cookie; failures become an ApiError carrying the server's
 * `{"error": {code, message, fields}}` body.
 */
import type {
  AuditEntry,
  AuditResult,
  Citizen,
  CitizenCreate,
  CitizenPatch,
  CitizenSummary,
  Me,
  Page,
  Staff,
  StaffCreate,
  StaffPatch,
  Unit,
  UnitCreate,
} from './types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  /** Do not treat a 401 as an expired session (used by the login call). */
  ignoreUnauthorized?: boolean;
  signal?: AbortSignal;
}

let unauthorizedHandler: (() => void) | null = null;

/** Called when any request (other than login) answers 401: the session is gone. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body['error']) ? body['error'] : null;
  const code = error && typeof error['code'] === 'string' ? error['code'] : `http_${status}`;
  const message = error && typeof error['message'] === 'string' ? error['message'] : `HTTP ${status}`;
  const fields: Record<string, string> = {};
  if (error && isRecord(error['fields'])) {
    for (const [key, value] of Object.entries(error['fields'])) {
      if (typeof value === 'string') fields[key] = value;
    }
  }
  return new ApiError(status, code, message, fields);
}

export async function request<T>(method: Method, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, credentials: 'same-origin', headers, signal: options.signal ?? null };
  // Only send a JSON content type with a body: an empty JSON body is a 400.
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', 'Network error');
  }
  const text = response.status === 204 ? '' : await response.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!response.ok) {
    if (response.status === 401 && !options.ignoreUnauthorized) unauthorizedHandler?.();
    throw toApiError(response.status, parsed);
  }
  return parsed as T;
}

/** Builds a query string, leaving out empty values. Never use it for CPR numbers. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export interface CitizenQuery {
  q?: string;
  unitId?: string;
  mine?: boolean;
  limit?: number;
  offset?: number;
}

export interface StaffQuery {
  unitId?: string;
  role?: string;
  active?: boolean;
}

export interface AuditQuery {
  /** A CPR number: sent in the body of POST /api/audit/search, never in the address. */
  cpr?: string;
  /** A pseudonym or citizen id. */
  citizen?: string;
  staff?: string;
  action?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export const api = {
  login: (username: string, password: string) =>
    request<{ user: Me }>('POST', '/api/auth/login', { username, password }, { ignoreUnauthorized: true }),
  logout: () => request<void>('POST', '/api/auth/logout', undefined, { ignoreUnauthorized: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<void>('POST', '/api/auth/password', { currentPassword, newPassword }),
  me: (signal?: AbortSignal) => request<Me>('GET', '/api/me', undefined, { ignoreUnauthorized: true, ...(signal ? { signal } : {}) }),

  units: () => request<{ units: Unit[] }>('GET', '/api/units'),
  createUnit: (unit: UnitCreate) => request<Unit>('POST', '/api/units', unit),

  staff: (params: StaffQuery = {}) => request<{ staff: Staff[] }>('GET', `/api/staff${query({ ...params })}`),
  createStaff: (staff: StaffCreate) => request<Staff>('POST', '/api/staff', staff),
  updateStaff: (id: string, patch: StaffPatch) => request<Staff>('PATCH', `/api/staff/${encodeURIComponent(id)}`, patch),
  setStaffPassword: (id: string, password: string) =>
    request<void>('POST', `/api/staff/${encodeURIComponent(id)}/password`, { password }),

  citizens: (params: CitizenQuery = {}) => request<Page<CitizenSummary>>('GET', `/api/citizens${query({ ...params })}`),
  /** Finds a citizen by CPR number; the number travels in the body, never in the address. */
  lookupCitizen: (cpr: string) => request<{ id: string }>('POST', '/api/citizens/lookup', { cpr }),
  citizen: (id: string) => request<Citizen>('GET', `/api/citizens/${encodeURIComponent(id)}`),
  createCitizen: (citizen: CitizenCreate) => request<Citizen>('POST', '/api/citizens', citizen),
  updateCitizen: (id: string, patch: CitizenPatch) =>
    request<Citizen>('PATCH', `/api/citizens/${encodeURIComponent(id)}`, patch),
  revealCpr: (id: string) => request<{ cpr: string }>('POST', `/api/citizens/${encodeURIComponent(id)}/cpr/reveal`),

  /** Searches the audit log; every filter travels in the body (a CPR number never in the address). Empty filters are left out. */
  audit: (params: AuditQuery = {}) =>
    request<AuditResult>('POST', '/api/audit/search', Object.fromEntries(Object.entries(params).filter(([, value]) => value !== '' && value !== undefined))),
};
