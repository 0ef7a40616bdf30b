import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runMain } from '../../test/helpers/cli.ts';
import { lastClosedMonth } from './synth.ts';

describe('jobspor synth register', () => {
  it('writes the four files with headers, the same files for the same seed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-synth-'));
    const args = ['synth', 'register', '--persons', '60', '--years', '1', '--municipalities', '3', '--seed', '5', '--end-month', '2019-12'];
    const first = await runMain(...args, '--out', join(dir, 'a'));
    assert.equal(first.code, 0, first.text);
    assert.match(first.text, /Wrote a synthetic register of 60 persons, 1 years to 2019-12, 3 municipalities \(seed 5\)/);
    assert.equal((await runMain(...args, '--out', join(dir, 'b'))).code, 0);
    for (const file of ['persons', 'benefit_weeks', 'hours_monthly', 'visitations']) {
      const a = readFileSync(join(dir, 'a', `${file}.csv`), 'utf8');
      assert.equal(a, readFileSync(join(dir, 'b', `${file}.csv`), 'utf8'), file);
      assert.ok(a.startsWith('person,'), file);
    }
    const persons = readFileSync(join(dir, 'a', 'persons.csv'), 'utf8').trimEnd().split('\n');
    assert.equal(persons.length, 61);
    const weeks = readFileSync(join(dir, 'a', 'benefit_weeks.csv'), 'utf8').trimEnd().split('\n').slice(1);
    assert.ok(weeks.every((line) => /^\d{10},2019-W\d\d,[a-z_]+$/.test(line)));
    assert.match(first.text, new RegExp(`benefit_weeks.csv  ${weeks.length.toLocaleString('en')} rows`));
  });

  it('refuses a bad number or month with the option named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobspor-synth-'));
    const bad = await runMain('synth', 'register', '--persons', 'many', '--out', dir);
    assert.equal(bad.code, 1);
    assert.match(bad.text, /--persons must be a whole number/);
    const month = await runMain('synth', 'register', '--end-month', '2019-13', '--out', dir);
    assert.equal(month.code, 1);
    assert.match(month.text, /--end-month must be a month YYYY-MM/);
    assert.equal((await runMain('synth', 'register', '--persons', '5')).code, 2);
  });

  it('defaults to the last closed month', () => {
    assert.equal(lastClosedMonth(new Date('2026-01-15T12:00:00Z')), '2025-12');
    assert.equal(lastClosedMonth(new Date('2026-07-01T00:00:00Z')), '2026-06');
  });
});
