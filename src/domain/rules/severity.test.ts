import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registry } from '../models/registry.ts';
import { validateDefinition } from '../models/schema.ts';
import { checkCaseload } from './caseload.ts';
import { createRuleSetResolver, evaluate } from './engine.ts';
import { makeCourse, resultFor, ruleSetFor, testModelInput } from './fixtures.ts';
import { buildWorklist } from './worklist.ts';

// Averages the reports observed are reference values, not limits: 72 days to the first placement (002 §4.1)
// and the FSM caseload of 47 (000 §5.2).
const resolve = createRuleSetResolver((id, version) => registry.get(id, version));

describe('rules of severity warning', () => {
  it('shows 72 days to the first placement as a warning, not an overdue item', () => {
    const course = makeCourse({ modelId: 'social-stoette', enrolmentDate: '2024-01-01', group: 'indsats' });
    const r = resultFor(evaluate(ruleSetFor('social-stoette'), course, '2024-04-01'), 'ke4.placement-start');
    assert.equal(r.status, 'warning');
    assert.equal(r.dueDate, '2024-03-13');
    assert.equal(resultFor(evaluate(ruleSetFor('social-stoette'), course, '2024-03-01'), 'ke4.placement-start').status, 'due');
  });

  it('lists warnings after every due and overdue item and never counts them as overdue', () => {
    const course = makeCourse({
      modelId: 'social-stoette',
      enrolmentDate: '2024-01-01',
      group: 'indsats',
      staff: [{ staffId: 's', role: 'caseworker', from: '2024-01-01' }],
      planVersions: [{ date: '2024-01-05' }],
      jobGoals: [{ date: '2024-01-05', concrete: true }],
      measurements: ['WHO-5', 'GSE', 'BIP'].map((instrument) => ({ instrument, point: 0, date: '2024-01-05' })),
    });
    const items = buildWorklist('s', [course], resolve, '2024-04-01').citizens[0]!.items;
    assert.deepEqual(items.map((i) => [i.ruleId, i.status]), [['ke1.start-meeting', 'overdue'], ['ke4.placement-start', 'warning']]);
    assert.equal(items[1]!.daysOverdue, 19);
  });

  it('reports an FSM caseload above 47 as above the reference value, not exceeded', () => {
    const courses = Array.from({ length: 48 }, (_, i) =>
      makeCourse({ courseId: `c${i}`, citizenId: `p${i}`, modelId: 'flere-skal-med', enrolmentDate: '2024-01-01', group: '1', staff: [{ staffId: 's', role: 'job_broker', from: '2024-01-01' }] }),
    );
    const caseload = checkCaseload('s', 'unit-a', courses, resolve, '2024-02-01');
    const [check] = caseload.checks.filter((c) => c.ruleId === 'rammer.caseload');
    assert.deepEqual([caseload.total, check!.max, check!.status, check!.reference], [48, 47, 'above_reference', true]);
    assert.equal(caseload.status, 'above_reference');
  });

  it('keeps a prescribed maximum a limit (CTI: 10 per worker)', () => {
    const courses = Array.from({ length: 11 }, (_, i) =>
      makeCourse({ courseId: `c${i}`, citizenId: `p${i}`, modelId: 'social-stoette', enrolmentDate: '2024-01-01', staff: [{ staffId: 's', role: 'cti_worker', from: '2024-01-01' }] }),
    );
    const caseload = checkCaseload('s', 'unit-a', courses, resolve, '2024-02-01');
    const [check] = caseload.checks;
    assert.deepEqual([check!.status, check!.reference, caseload.status], ['exceeded', false, 'exceeded']);
  });

  it('refuses a warning on a rule whose parameter is a requirement of the model', () => {
    const result = validateDefinition(
      testModelInput([
        {
          id: 'r',
          type: 'plan_within_days',
          severity: 'warning',
          title: { da: 'P', en: 'P' },
          description: 'Plan.',
          source: { seed: '000', section: '1' },
          anchor: 'enrolment',
          params: { days: { value: 10, min: 0, max: 20, unit: 'days', basis: 'requirement', source: { seed: '000', section: '1' } } },
        },
      ]),
    );
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.issues.map((i) => `${i.path}: ${i.message}`).join() : '', /severity: a rule whose parameter 'days' is a requirement/);
  });
});
