import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { canonicalJson, gitCommit, sha256, specSha256, storableRequest, treatedSha256 } from './reproducibility.ts';
import type { RunRequest } from '../routes/evaluation/schemas.ts';

const request = (fileName: string, csv: string): RunRequest => ({
  cohort: { modelId: 'flere-skal-med', treated: { kind: 'file', fileName, csv }, seed: 3 },
  analysis: { method: 'nearest', outcome: 'any_hours', window: '1-12', ratio: 2 },
});

test('canonical JSON sorts keys at every level and leaves undefined members out', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: null }], c: undefined } }), '{"a":{"d":[2,{"e":null,"f":1}]},"b":1}');
  assert.equal(canonicalJson([undefined, 'x']), '[null,"x"]');
});

test("the spec hash covers the CSV's content, not its file name; the stored request keeps only the CSV's hash", () => {
  const csv = 'person,time_zero\nabc,2018-01-01';
  assert.equal(specSha256(request('a.csv', csv)), specSha256(request('b.csv', csv)));
  assert.notEqual(specSha256(request('a.csv', csv)), specSha256(request('a.csv', `${csv}\ndef,2018-02-01`)));
  const stored = storableRequest(request('a.csv', csv));
  assert.deepEqual(stored.cohort.treated, { kind: 'file', fileName: 'a.csv', csv: `sha256:${sha256(csv)}` });
  assert.equal(specSha256(stored), specSha256(request('a.csv', csv)), 'hashing the stored request gives the same hash');
  const changed = request('a.csv', csv);
  changed.analysis.ratio = 3;
  assert.notEqual(specSha256(changed), specSha256(request('a.csv', csv)));
});

test('the treated hash is of the sorted person,time_zero lines', () => {
  const a = treatedSha256([{ person: 'b', timeZero: '2018-01-01' }, { person: 'a', timeZero: '2018-02-01' }]);
  assert.equal(a, sha256('a,2018-02-01\nb,2018-01-01'));
  assert.equal(a, treatedSha256([{ person: 'a', timeZero: '2018-02-01' }, { person: 'b', timeZero: '2018-01-01' }]));
});

test('the git commit is read from the files of .git: a branch ref, packed refs, a worktree, or none', () => {
  const root = mkdtempSync(join(tmpdir(), 'jobspor-git-'));
  try {
    const hash = 'a'.repeat(40);
    assert.equal(gitCommit(join(root, 'none')), null);
    const repo = join(root, 'repo');
    mkdirSync(join(repo, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(repo, '.git', 'packed-refs'), `# pack-refs with: peeled\n${'b'.repeat(40)} refs/heads/main\n`);
    assert.equal(gitCommit(repo), 'b'.repeat(40), 'from packed-refs');
    writeFileSync(join(repo, '.git', 'refs', 'heads', 'main'), `${hash}\n`);
    assert.equal(gitCommit(repo), hash, 'a loose ref wins');
    // A worktree: .git is a file pointing at its gitdir, whose commondir holds the refs.
    const gitdir = join(repo, '.git', 'worktrees', 'wt');
    mkdirSync(gitdir, { recursive: true });
    writeFileSync(join(gitdir, 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(gitdir, 'commondir'), '../..\n');
    const wt = join(root, 'wt');
    mkdirSync(wt);
    writeFileSync(join(wt, '.git'), `gitdir: ${gitdir}\n`);
    assert.equal(gitCommit(wt), hash);
    writeFileSync(join(gitdir, 'HEAD'), `${'c'.repeat(40)}\n`);
    assert.equal(gitCommit(wt), 'c'.repeat(40), 'a detached HEAD');
    writeFileSync(join(gitdir, 'HEAD'), 'ref: refs/heads/gone\n');
    assert.equal(gitCommit(wt), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
