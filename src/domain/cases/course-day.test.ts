import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCourseDay, courseDayLabels } from './course-day.ts';

const running = { enrolmentDate: '2024-01-08', endDate: null };
const ended = { enrolmentDate: '2024-01-08', endDate: '2024-03-29' };

describe('checkCourseDay', () => {
  it('accepts a day from the enrolment to today, and to the last day of an ended course', () => {
    assert.equal(checkCourseDay('2024-01-08', running, '2024-05-02'), null);
    assert.equal(checkCourseDay('2024-05-02', running, '2024-05-02'), null);
    assert.equal(checkCourseDay('2024-03-29', ended, '2024-05-02'), null);
  });

  it('refuses a day in the future', () => {
    assert.equal(checkCourseDay('2024-05-03', running, '2024-05-02'), courseDayLabels.future);
  });

  it('refuses a day before the enrolment, naming it', () => {
    assert.equal(checkCourseDay('2024-01-07', running, '2024-05-02'), 'Datoen kan ikke ligge før forløbets start (2024-01-08).');
  });

  it('refuses a day after the course ended, naming the end', () => {
    assert.equal(checkCourseDay('2024-04-01', ended, '2024-05-02'), 'Forløbet sluttede 2024-03-29; datoen skal ligge inden.');
  });

  it('gives the first rule broken: the future before the end', () => {
    assert.equal(checkCourseDay('2024-05-03', ended, '2024-05-02'), courseDayLabels.future);
  });

  it('words a reason as the caller asks, keeping the others', () => {
    const labels = { afterEnd: (end: string) => `Forløbet sluttede ${end}; matchet skal ligge inden.` };
    assert.equal(checkCourseDay('2024-04-01', ended, '2024-05-02', labels), 'Forløbet sluttede 2024-03-29; matchet skal ligge inden.');
    assert.equal(checkCourseDay('2024-05-03', ended, '2024-05-02', labels), 'Datoen ligger i fremtiden.');
  });
});
