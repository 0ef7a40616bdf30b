/**
 * The monitoring reads what the register import writes: extracts imported
 * with importRegisterFile (store/registers), then the person-periods and a
 * recompute. Checks the contract between the two: timelines from the first
 * week with a row, covered weeks without a row as code 0, hours per month
 * with subsidised wages apart, visitations as enrolments, a rollback seen
 * as a correction.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { forEachDatabase } from '../helpers/suite.ts';
import { importRegisterFile } from '../../src/store/registers/import.ts';
import { rollbackImport } from '../../src/store/registers/imports.ts';
import { ensureMunicipalities } from '../../src/store/registers/municipalities.ts';
import { loadPersonPeriods } from '../../src/store/monitoring/person-periods.ts';
import { loadUnitDirectory } from '../../src/store/monitoring/units.ts';
import { recomputeFigures } from '../../src/store/monitoring/recompute.ts';
import { monthIndex } from '../../src/domain/monitoring/months.ts';
import { benefitStateCode, STATE_SLOTS } from '../../src/domain/registers/states.ts';

const FSM = 'flere-skal-med';
const asOf = '2018-07-15';
const secret = new Uint8Array(32).fill(7);
const actor = { staffId: null, label: 'test' };
let dir = '';
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'jobspor-monitoring-import-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

forEachDatabase('monitoring on imported extracts', (app) => {
  const db = () => app().db.handle.db;
  test('person-periods and figures from imported extracts; a rollback becomes a corrected version', async () => {
    await ensureMunicipalities(db());
    const run = async (kind: 'persons' | 'benefit_weeks' | 'hours_monthly' | 'visitations', path: string) => {
      const outcome = await importRegisterFile(db(), path, { kind, fileName: kind, actor, secret });
      assert.ok(outcome.importId, JSON.stringify(outcome.report));
      return outcome.importId!;
    };
    await run('persons', file('p.csv', 'person,birth_year,sex,municipality\next:a,1980,K,101\next:b,1990,M,147\n'));
    await run('visitations', file('v.csv', 'person,model,group,start_date\next:a,flere-skal-med,1,2018-02-05\next:b,flere-skal-med,1,2018-02-05\n'));
    // January to June 2018 (weeks 1-26); a is on kontanthjælp until week 9, then in virksomhedspraktik; b has no rows.
    const weeks = ['person;week;code'];
    for (let w = 1; w <= 26; w++) weeks.push(`ext:a;2018-W${String(w).padStart(2, '0')};${w <= 9 ? 'kontanthjaelp' : 'company_internship'}`);
    weeks.push('ext:b;2018-W26;kontanthjaelp');
    await run('benefit_weeks', file('w.csv', `${weeks.join('\n')}\n`));
    const hours = await run(
      'hours_monthly',
      file('h.csv', 'person,month,employer_cvr,db07,paid_hours,subsidised\next:a,2018-05,12345678,47,40,false\next:a,2018-05,87654321,47,30,true\next:b,2018-06,12345678,47,10,false\n'),
    );
    const directory = await loadUnitDirectory(db());
    const persons = await loadPersonPeriods(db(), { model: FSM, asOf, directory });
    assert.equal(persons.length, 2);
    const [a, b] = [...persons].sort((x, y) => x.municipality!.localeCompare(y.municipality!));
    const may = monthIndex('2018-05') - a!.firstMonth;
    assert.equal(a!.enrolments[0]!.group, '1');
    assert.equal(a!.stateWeeks[may * STATE_SLOTS + benefitStateCode.company_internship], 5, 'May 2018 has five Thursdays');
    assert.equal(a!.ordinaryHours[may], 40);
    assert.equal(a!.subsidisedHours[may], 30);
    const march = monthIndex('2018-03') - b!.firstMonth;
    assert.equal(b!.stateWeeks[march * STATE_SLOTS + 0], 5, 'covered weeks without a row are code 0 (March 2018 has five Thursdays)');
    assert.equal(b!.benefitCovered[march], 1);
    assert.equal(b!.ordinaryHours[monthIndex('2018-06') - b!.firstMonth], 10);

    const first = await recomputeFigures(db(), { actor, models: [FSM], asOf });
    assert.ok(first.inserted > 0);
    const country = async () =>
      (
        await sql<{ numerator: number; version: number }>`SELECT numerator, version FROM monitoring_figure
          WHERE model_id = ${FSM} AND measure_id = 'ordinary-hours.month' AND unit_key = 'country' AND month = '2018-05-01' AND superseded_at IS NULL`.execute(db())
      ).rows[0]!;
    assert.deepEqual(await country(), { numerator: 1, version: 1 });
    await rollbackImport(db(), hours, actor);
    const corrected = await recomputeFigures(db(), { actor, models: [FSM], asOf });
    assert.ok(corrected.superseded > 0);
    assert.deepEqual(await country(), { numerator: 0, version: 2 });
  });
});
