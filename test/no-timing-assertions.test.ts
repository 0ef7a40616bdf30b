/**
 * The suite must pass on a loaded two-core machine, so no test measures how
 * long something takes: speed targets are printed by the scripts in bench/
 * (DEVELOPERS.md). This guards against timing code creeping back into tests.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function testFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) testFiles(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

// Stopwatch calls; Date.now() is left alone because tests use it for dates and unique names.
const stopwatch = /\bperformance\.now\(|\bprocess\.hrtime\b|\bconsole\.time\(/;

test('no test file times code with a stopwatch (speed is measured in bench/)', () => {
  const self = fileURLToPath(import.meta.url);
  const offenders = ['src', 'test', 'web/src']
    .flatMap((dir) => testFiles(join(root, dir)))
    .filter((file) => file !== self)
    .flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (stopwatch.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
  assert.deepEqual(offenders, []);
});
