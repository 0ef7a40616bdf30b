/**
 * The register-import API (issue 11, src/server/routes/registers): uploads
 * streamed as the raw file body, background import jobs, the list of imports
 * with rollback, and the benefit code lists. Body types come from the
 * server's Zod schemas (type-only import).
 */
import { ApiError, query, request } from './client.ts';
import type { CodeListBody, ImportJob, RegisterImportBody, RegisterKindName, ValidationReportBody } from '../../../src/server/routes/registers/schemas.ts';

export type { CodeListBody, ImportJob, RegisterImportBody, RegisterKindName, ValidationReportBody };
export type ReportProblem = ValidationReportBody['problems'][number];
export type ImportPhase = ImportJob['phase'];

export const registerKinds: readonly RegisterKindName[] = ['persons', 'benefit_weeks', 'hours_monthly', 'visitations'];

export interface UploadParams {
  kind: RegisterKindName;
  fileName: string;
  /** A stored code list as 'name:version'; empty = the identity mapping. */
  codeList?: string;
}

export interface Upload {
  /** Resolves with the server's job id once the whole file is sent and accepted. */
  done: Promise<{ jobId: string }>;
  abort: () => void;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends a file as application/octet-stream with XMLHttpRequest, because fetch
 * reports no upload progress. `onProgress` gets the bytes sent and the total.
 */
export function uploadRegisterFile(file: Blob, params: UploadParams, onProgress: (sent: number, total: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ jobId: string }>((resolve, reject) => {
    xhr.open('POST', `/api/registers/uploads${query({ kind: params.kind, fileName: params.fileName, codeList: params.codeList })}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText) as { jobId?: unknown; error?: { code?: unknown; message?: unknown } } | undefined;
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body.jobId === 'string') {
        resolve({ jobId: body.jobId });
        return;
      }
      const error = body?.error;
      reject(
        new ApiError(
          xhr.status,
          typeof error?.code === 'string' ? error.code : `http_${xhr.status}`,
          typeof error?.message === 'string' ? error.message : `HTTP ${xhr.status}`,
        ),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'Network error'));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    xhr.send(file);
  });
  return { done, abort: () => xhr.abort() };
}

export const registersApi = {
  imports: () => request<{ imports: RegisterImportBody[] }>('GET', '/api/registers/imports'),
  job: (id: string) => request<ImportJob>('GET', `/api/registers/jobs/${encodeURIComponent(id)}`),
  rollback: (id: number) => request<unknown>('POST', `/api/registers/imports/${id}/rollback`),
  codeLists: () => request<{ codeLists: CodeListBody[] }>('GET', '/api/registers/code-lists'),
};
