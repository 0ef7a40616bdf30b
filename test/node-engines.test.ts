/**
 * The README promises Node 20 (package.json `engines`). Every package the lock
 * file installs must declare support for that version, or `npm install` warns
 * (EBADENGINE) and the promise is untrue; package.json `overrides` pin older
 * releases where a dependency's newest one dropped Node 20.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);
const semver = require('semver') as {
  minVersion(range: string): { version: string } | null;
  satisfies(version: string, range: string): boolean;
};
const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));

test('every package in the lock file supports the oldest Node version package.json promises', () => {
  const promised = read('package.json').engines.node as string;
  const oldest = semver.minVersion(promised)!.version;
  const lock = read('package-lock.json') as { packages: Record<string, { version?: string; engines?: { node?: string } }> };
  const refusing = Object.entries(lock.packages)
    .filter(([, pkg]) => pkg.engines?.node && !semver.satisfies(oldest, pkg.engines.node))
    .map(([path, pkg]) => `${path}@${pkg.version} (node ${pkg.engines!.node})`);
  assert.deepEqual(refusing, [], `packages that do not support Node ${oldest}`);
});

test('the lock file agrees with the overrides in package.json', () => {
  const overrides = read('package.json').overrides as Record<string, string>;
  const lock = read('package-lock.json') as { packages: Record<string, { version?: string }> };
  for (const [name, version] of Object.entries(overrides)) {
    const locked = Object.entries(lock.packages).filter(([path]) => path.endsWith(`node_modules/${name}`));
    assert.ok(locked.length > 0, `${name} is not in the lock file`);
    for (const [path, pkg] of locked) assert.equal(pkg.version, version, path);
  }
});
