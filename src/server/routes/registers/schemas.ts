/**
 * The register-import API's schemas (issue 11); the web app imports the
 * inferred types from here.
 */
import { z } from 'zod';

export const registerKind = z.enum(['persons', 'benefit_weeks', 'hours_monthly', 'visitations'], {
  error: 'Skal være persons, benefit_weeks, hours_monthly eller visitations.',
});
export type RegisterKindName = z.infer<typeof registerKind>;

/** One problem kind in a validation report, with its count and the first examples. */
export const reportProblem = z.object({
  code: z.string(),
  count: z.number().int(),
  examples: z.array(z.object({ line: z.number().int(), value: z.string() })),
});

export const validationReport = z.object({
  rowsRead: z.number().int(),
  rowsKept: z.number().int(),
  problems: z.array(reportProblem),
  /** True when nothing was written (too many rejected rows, a missing column, a dry run). */
  rejected: z.boolean(),
  /** Why the whole file was rejected (a code the UI words), when it was. */
  rejectedReason: z.string().nullable(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
});
export type ValidationReportBody = z.infer<typeof validationReport>;

export const registerImport = z.object({
  id: z.number().int(),
  kind: registerKind,
  fileName: z.string(),
  sha256: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  rowsRead: z.number().int(),
  rowsKept: z.number().int(),
  importedBy: z.string(),
  importedAt: z.string(),
  rolledBackAt: z.string().nullable(),
  /** Only the latest active import of a kind can be rolled back (later ones build on it). */
  canRollBack: z.boolean(),
  report: validationReport,
});
export type RegisterImportBody = z.infer<typeof registerImport>;

export const importJob = z.object({
  id: z.string(),
  phase: z.enum(['uploading', 'reading', 'writing', 'deriving', 'done', 'failed']),
  bytesRead: z.number(),
  bytesTotal: z.number().nullable(),
  rowsRead: z.number().int(),
  /** Set when phase is 'done'. */
  outcome: z.object({ importId: z.number().int().nullable(), report: validationReport }).nullable(),
  /** Set when phase is 'failed'. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

export const codeList = z.object({
  id: z.number().int(),
  name: z.string(),
  version: z.number().int(),
  entries: z.record(z.string(), z.string()),
  loadedAt: z.string(),
});
export type CodeListBody = z.infer<typeof codeList>;

// Request and list wrappers of the routes (routes/registers.ts), added by the import branch.
export const importList = z.object({ imports: z.array(registerImport) });
export const codeListList = z.object({ codeLists: z.array(codeList) });
export const uploadAccepted = z.object({ jobId: z.string() });
export const uploadQuery = z.object({
  kind: registerKind,
  fileName: z.string({ error: 'Filnavnet mangler.' }).trim().min(1, { error: 'Filnavnet mangler.' }).max(255, { error: 'Højst 255 tegn.' }),
  /** A stored code list as NAME:VERSION; default Jobspor's own state names. */
  codeList: z
    .string()
    .regex(/^.+:\d+$/, { error: 'Skal være NAVN:VERSION, fx dream:1.' })
    .optional(),
  /** Write nothing when more than this share of the rows has problems (default 0.01). */
  maxRejectedShare: z.coerce.number().min(0, { error: 'Mindst 0.' }).max(1, { error: 'Højst 1.' }).optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});
export const codeListUpload = z.object({
  name: z.string({ error: 'Navnet mangler.' }).trim().min(1, { error: 'Navnet mangler.' }).max(100, { error: 'Højst 100 tegn.' }),
  /** The list as CSV text: source_code,state. */
  csv: z.string({ error: 'Indsæt listen som CSV.' }).max(1_000_000, { error: 'Listen er for stor (højst 1 MB).' }),
});
