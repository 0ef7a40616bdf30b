import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadSeedReports } from '../../../scripts/seed-reports.ts';
import { ref } from './definitions/helpers.ts';
import { checkCitations, citationsOf, findSection, instrumentCitations, missingNumbers, registryCitations, type Citation } from './citations.ts';
import { registry } from './registry.ts';

/** A small report in the shape of the converted seeds: contents, markdown headings, a numbered list. */
const report = [
  '# REPORT',
  '<b>1.</b>\t<b>INDLEDNING</b>\t<b>2</b>',
  '1.1\tFokus\t3',
  '<b>2.</b>\t<b>SAMMENFATNING</b>\t<b>4</b>',
  '2.1\tResultater\t4',
  '# 1. INDLEDNING',
  'Målet er mindst 30 ordinære timer om ugen for borgere med mere end fem års kontanthjælp.',
  '### **1.1 Fokus**',
  'Der er 1.418 borgere i alt, og 0,5 pct. er flyttet.',
  '## 2. SAMMENFATNING',
  'Indsatsgruppen udgør 55 pct., rehabilitering 34 pct.',
  '### 2.1 Resultater',
  'Jobformidlerne har i gennemsnit 47 sager.',
  '1. Opbygge relation til borger',
  '5. Få iværksat parallelle indsatser',
  '### 2.2 Rammer',
  'Samtaler hver 4.-6. uge; ca. 27 000 borgere.',
].join('\n');

function citation(section: string, numbers: number[]): Citation {
  return { model: 'm@1.0.0', path: 'p.source', source: { seed: '000', section }, numbers };
}

describe('findSection', () => {
  it('finds a numbered section from its heading to the next heading outside it, skipping the contents', () => {
    const section = findSection(report, '2')!;
    assert.match(section, /^## 2\. SAMMENFATNING/);
    assert.match(section, /47 sager/, 'a chapter includes its subsections');
    assert.match(findSection(report, '2.1')!, /47 sager/);
    assert.doesNotMatch(findSection(report, '2.1')!, /55 pct/, 'a subsection does not include its chapter intro');
    assert.doesNotMatch(findSection(report, '1')!, /SAMMENFATNING/);
  });

  it('does not take numbered list items for chapters', () => {
    assert.match(findSection(report, '2.1')!, /Få iværksat/);
    assert.match(findSection(report, '2.2')!, /4\.-6\. uge/);
    assert.equal(findSection(report, '5'), null);
  });

  it('returns null for a section the report does not have', () => {
    assert.equal(findSection(report, '2.3'), null);
    assert.equal(findSection(report, '3'), null);
  });

  it('finds plain-text numbered headings after a contents list without tabs', () => {
    const plain = ['1. EVALUERING 2', '1.1 Baggrund 2', '2. EFFEKT 8', '', '1. EVALUERING', '1.1 BAGGRUND', 'Tekst med 12 uger.', '4 Anvendte forkortelser: S', '2. EFFEKT', 'Andet.'].join('\n');
    assert.match(findSection(plain, '1.1')!, /12 uger/);
    assert.match(findSection(plain, '1.1')!, /Anvendte forkortelser/, 'a footnote starting with a number is not a heading');
    assert.doesNotMatch(findSection(plain, '1')!, /Andet/);
  });

  it('finds a section by its title in a report without numbers, ending at the next heading in the contents', () => {
    const titled = ['Indhold', 'TRIN 1: Afklaring.....\t17', 'TRIN 2: På vej mod job\t21', '', 'TRIN 1: Afklaring', 'Teams på 3-5 medarbejdere.', 'TRIN 2: På vej mod job', 'Andet.'].join('\n');
    const section = findSection(titled, 'TRIN 1: Afklaring')!;
    assert.match(section, /3-5/);
    assert.doesNotMatch(section, /Andet/);
    assert.equal(findSection(titled, 'TRIN 4: Job'), null);
  });
});

describe('missingNumbers', () => {
  it('matches numbers however the Danish text writes them', () => {
    const text = 'I alt 1.418 borgere; 30 % og 11 pct.; 0,5 point; 1.234,5 kr.; ca. 27 000 borgere; hver 4.-6. uge; mere end fem år; 262,5 mio.';
    assert.deepEqual(missingNumbers(text, [1418, 30, 11, 0.5, 1234.5, 27000, 4, 6, 5, 262.5]), []);
  });

  it('reports the numbers that are not in the text', () => {
    assert.deepEqual(missingNumbers('Gennemsnitligt 47 sager.', [47, 52, 4.7]), [52, 4.7]);
  });
});

describe('checkCitations', () => {
  it('accepts a citation whose section exists and holds its numbers', () => {
    assert.deepEqual(checkCitations([citation('2.1', [47]), citation('1', [30, 5]), citation('1.1', [1418, 0.5])], { '000': report }), []);
  });

  it('catches a wrong section: one the report does not have', () => {
    const problems = checkCitations([citation('2.3', [])], { '000': report });
    assert.deepEqual(problems.map((p) => p.reason), ['section_missing']);
  });

  it('catches a missing number: the section exists but does not hold the cited number', () => {
    const problems = checkCitations([citation('2.1', [55, 47])], { '000': report });
    assert.deepEqual(problems, [{ citation: citation('2.1', [55, 47]), reason: 'number_missing', missing: [55] }]);
  });

  it('catches a citation of a report that is not there', () => {
    assert.deepEqual(checkCitations([citation('1', [])], {}).map((p) => p.reason), ['seed_missing']);
  });
});

describe('citationsOf', () => {
  it('collects every source with its path and the numbers it vouches for', () => {
    const definition = {
      id: 'm',
      source: ref('000', '1'),
      visitation: { groups: [{ id: '1', reportedShare: { percent: 55, source: ref('000', '2') } }] },
      coreElements: [{ id: 'KE1', rules: [{ id: 'r', source: ref('000', '2.1'), params: { max: { value: 47, source: ref('000', '2.1', 'gennemsnit', [47]) } } }] }],
      successCriteria: [{ id: 'aim', target: { comparison: 'at_least', value: 30 }, source: ref('000', '1') }],
    };
    assert.deepEqual(
      citationsOf(definition).map((c) => [c.path, c.numbers]),
      [
        ['source', []],
        ['visitation.groups[1].reportedShare.source', [55]],
        ['coreElements[KE1].rules[r].source', []],
        ['coreElements[KE1].rules[r].params.max.source', [47]],
        ['successCriteria[aim].source', [30]],
      ],
    );
  });
});

const seeds = loadSeedReports();

describe('the model definitions against the seed reports', { skip: seeds ? false : 'seed reports not found (../shared/seeds)' }, () => {
  it('every citation names an existing section that holds its cited numbers', () => {
    const problems = checkCitations([...registryCitations(registry.all()), ...instrumentCitations()], seeds!);
    assert.deepEqual(problems.map((p) => `${p.citation.model} ${p.citation.path}: ${p.reason}`), []);
  });

  it('finds the FSM caseload 47/52 in 000 §5.2 and §2.2.1, not §5.1', () => {
    const [ok1, ok2, wrong] = [citation('5.2', [47, 52]), citation('2.2.1', [47, 52]), citation('5.1', [47, 52])];
    assert.deepEqual(checkCitations([ok1, ok2], seeds!), []);
    assert.deepEqual(checkCitations([wrong], seeds!).map((p) => p.reason), ['number_missing']);
  });

  it('finds the FSM group split 55/34/11 % in 000 §2, not §2.1', () => {
    assert.deepEqual(checkCitations([citation('2', [55, 34, 11])], seeds!), []);
    assert.deepEqual(checkCitations([citation('2.1', [55, 34, 11])], seeds!).flatMap((p) => (p.reason === 'number_missing' ? p.missing : [])), [55, 34]);
  });

  it('finds the FSM aim of 30 ordinary hours a week in 000 §1', () => {
    assert.match(findSection(seeds!['000']!, '1')!, /minimum 30 ordinære timer ugentligt/);
  });
});
