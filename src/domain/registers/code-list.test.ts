import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLookup, identityCodeList, parseCodeListCsv } from './code-list.ts';
import { benefitStateCode, benefitStates } from './states.ts';

test("the shipped code list maps each of Jobspor's state names to itself", () => {
  const lookup = codeLookup(identityCodeList);
  assert.equal(lookup.size, benefitStates.length);
  assert.equal(lookup.get('kontanthjaelp'), benefitStateCode.kontanthjaelp);
  assert.equal(lookup.get('wage_subsidy'), benefitStateCode.wage_subsidy);
  assert.equal(lookup.get('111'), undefined);
});

test('a code-list CSV maps source codes to states, with either delimiter and a BOM', () => {
  const parsed = parseCodeListCsv('\uFEFFsource_code;state\n111;dagpenge\n130;kontanthjaelp\r\n\n');
  assert.deepEqual(parsed, { ok: true, entries: { '111': 'dagpenge', '130': 'kontanthjaelp' } });
});

test('a code-list CSV with an unknown state, an empty or a repeated code is refused line by line', () => {
  const parsed = parseCodeListCsv('source_code,state\n111,dagpenge\n112,holiday\n,other\n111,other\n');
  assert.equal(parsed.ok, false);
  assert.deepEqual(
    !parsed.ok && parsed.problems.map((p) => p.line),
    [3, 4, 5],
  );
  assert.equal(parseCodeListCsv('code,state\n1,other').ok, false);
  assert.equal(parseCodeListCsv('source_code,state\n').ok, false);
});
