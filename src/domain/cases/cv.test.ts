import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CvContentSchema, formatPeriod } from './cv.ts';
import { sampleCv } from './cv-sample.ts';


const problems = (input: unknown) => {
  const result = CvContentSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('CV content', () => {
  it('accepts a structured CV', () => {
    assert.ok(CvContentSchema.safeParse(sampleCv).success);
  });

  it('refuses months not written YYYY-MM and a period that ends before it starts', () => {
    const work = sampleCv.workExperience[0]!;
    const fields = problems({ ...sampleCv, workExperience: [{ ...work, from: '2015-13' }, { ...work, from: '2019-05', to: '2018-01' }] });
    assert.deepEqual(Object.keys(fields).sort(), ['workExperience.0.from', 'workExperience.1.to']);
    assert.match(fields['workExperience.1.to']!, /før startmåneden/);
  });

  it('refuses an unknown language level, an unknown or repeated licence category and an empty competence', () => {
    const fields = problems({ ...sampleCv, languages: [{ language: 'Engelsk', level: 'expert' }], drivingLicence: ['B', 'X'], competences: [''] });
    assert.deepEqual(Object.keys(fields).sort(), ['competences.0', 'drivingLicence.1', 'languages.0.level']);
    const repeated = problems({ ...sampleCv, drivingLicence: ['B', 'C', 'B'] });
    assert.deepEqual(Object.keys(repeated), ['drivingLicence.2']);
    assert.match(repeated['drivingLicence.2']!, /Kategori B står der allerede/);
  });

  it('refuses a course year outside 1940-2100 and a missing employer', () => {
    const work = sampleCv.workExperience[0]!;
    const fields = problems({ ...sampleCv, courses: [{ title: 'Kursus', provider: null, year: 1800 }], workExperience: [{ ...work, employer: '' }] });
    assert.deepEqual(Object.keys(fields).sort(), ['courses.0.year', 'workExperience.0.employer']);
  });

  it('formats periods in Danish, an open end as "nu"', () => {
    assert.equal(formatPeriod('2015-03', '2018-08'), 'marts 2015 – august 2018');
    assert.equal(formatPeriod('2012-08', null), 'august 2012 – nu');
    assert.equal(formatPeriod(null, null), '');
  });
});
