/**
 * What makes an evaluation reproducible (schemas.ts `reproducibility`): the
 * hashes of its inputs and the software that computed it. The request is
 * hashed as canonical JSON (keys sorted, the treated CSV replaced by its
 * SHA-256), so the same question gives the same specSha256 whatever the key
 * order or the file's name on the caller's disk.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TreatedEntry } from '../../domain/evaluation/cohort.ts';
import type { Reproducibility, RunRequest } from '../routes/evaluation/schemas.ts';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level (undefined members left out, as JSON.stringify does). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The request as stored and hashed: a file's CSV is replaced by
 * 'sha256:<its SHA-256>', so a saved analysis keeps no person list. The file name is
 * kept for the report but is not part of the hash.
 */
export function storableRequest(request: RunRequest): RunRequest {
  const treated = request.cohort.treated;
  if (treated.kind !== 'file') return request;
  // Already stored (a saved analysis's request): kept, so its hash can be recomputed. A real CSV never looks like this (no header).
  const csv = /^sha256:[0-9a-f]{64}$/.test(treated.csv) ? treated.csv : `sha256:${sha256(treated.csv)}`;
  return { ...request, cohort: { ...request.cohort, treated: { ...treated, csv } } };
}

/** SHA-256 of the canonical JSON of the request, with the CSV hashed and the file's name left out. */
export function specSha256(request: RunRequest): string {
  const stored = storableRequest(request);
  const treated = stored.cohort.treated;
  const hashed = treated.kind === 'file' ? { ...stored, cohort: { ...stored.cohort, treated: { kind: treated.kind, csv: treated.csv } } } : stored;
  return sha256(canonicalJson(hashed));
}

/** SHA-256 of the treated actually used: "person,time_zero" lines, sorted, joined by newlines. */
export function treatedSha256(treated: readonly TreatedEntry[]): string {
  return sha256(
    treated
      .map((t) => `${t.person},${t.timeZero}`)
      .sort()
      .join('\n'),
  );
}

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');

let software: Reproducibility['software'] | undefined;

/** Jobspor's version, Node's, ml-matrix's and the git commit when the checkout is readable (computed once). */
export function softwareVersions(): Reproducibility['software'] {
  software ??= {
    jobspor: (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version,
    node: process.version,
    mlMatrix: mlMatrixVersion(),
    commit: gitCommit(repoRoot),
  };
  return software;
}

/** ml-matrix's version from its package.json (not in its exports map: found beside its resolved entry). */
function mlMatrixVersion(): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve('ml-matrix'));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'ml-matrix' && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

/**
 * The checked-out commit, read from the files of `.git` (no git process):
 * HEAD, a loose ref or packed-refs, following a worktree's gitdir and
 * commondir. Null when any of it is missing (an installed copy without .git).
 */
export function gitCommit(root: string): string | null {
  try {
    const dotGit = join(root, '.git');
    if (!existsSync(dotGit)) return null;
    let gitDir = dotGit;
    if (statSync(dotGit).isFile()) {
      const pointer = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'));
      if (!pointer) return null;
      gitDir = resolve(root, pointer[1]!.trim());
    }
    const commonFile = join(gitDir, 'commondir');
    const commonDir = existsSync(commonFile) ? resolve(gitDir, readFileSync(commonFile, 'utf8').trim()) : gitDir;
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    const isHash = (s: string) => /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s);
    if (isHash(head)) return head;
    const ref = /^ref:\s*(.+)$/.exec(head)?.[1]?.trim();
    if (!ref) return null;
    for (const dir of [gitDir, commonDir]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) {
        const value = readFileSync(loose, 'utf8').trim();
        return isHash(value) ? value : null;
      }
    }
    const packed = join(commonDir, 'packed-refs');
    if (!existsSync(packed)) return null;
    for (const line of readFileSync(packed, 'utf8').split('\n')) {
      const [hash, name] = line.trim().split(' ');
      if (name === ref && hash && isHash(hash)) return hash;
    }
    return null;
  } catch {
    return null;
  }
}
