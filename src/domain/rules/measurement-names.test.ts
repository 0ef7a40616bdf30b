import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ctiMeasurementSchedule } from '../models/cti-schedule.ts';
import { evaluate } from './engine.ts';
import type { CourseFacts } from './facts.ts';
import { makeCourse, resultFor, ruleSetFor } from './fixtures.ts';

// The worklist names a CTI measurement point the way the screens do ('2. måling', 002 §5 counts them 1-5), in correct Danish.
const rules = ruleSetFor('social-stoette');
const sixMonths = makeCourse({ modelId: 'social-stoette', enrolmentDate: '2023-12-01', supportCourse: { start: '2024-01-31', plannedMonths: 6 } });
const withPoints = (c: CourseFacts, points: number[]): CourseFacts => {
  const schedule = ctiMeasurementSchedule('2024-01-31', 6);
  return { ...c, measurements: points.flatMap((point) => ['WHO-5', 'GSE', 'BIP'].map((instrument) => ({ instrument, point, date: schedule[point]!.date }))) };
};
const explanation = (c: CourseFacts, asOf: string) => resultFor(evaluate(rules, c, asOf), 'ke5.measurements').explanation;

describe('names of CTI measurement points in rule explanations', () => {
  it('says "efter 1 måned" in the singular and "efter 2 måneder" in the plural', () => {
    assert.match(explanation(withPoints(sixMonths, [0]), '2024-02-22'), /^2\. måling \(efter 1 måned\) med/);
    assert.match(explanation(withPoints(sixMonths, [0, 1]), '2024-03-25'), /^3\. måling \(efter 2 måneder\) med/);
  });

  it('calls the first point "1. måling (start)"', () => {
    assert.match(explanation(sixMonths, '2024-01-31'), /^1\. måling \(start\) med/);
  });
});
