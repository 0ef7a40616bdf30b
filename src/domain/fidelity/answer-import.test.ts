import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAnswerCsv } from './answer-import.ts';
import { validateInstrument, type Instrument } from './instrument.ts';
import { builtinInstruments } from './instruments/index.ts';

const fsm = builtinInstruments.find((i) => i.id === 'flere-skal-med.staff-survey')!;
const units = [
  { id: 'unit-a', name: 'Team Nord' },
  { id: 'unit-b', name: 'Team Syd' },
  { id: 'unit-c', name: 'Team Syd' }, // a name two units share
  { id: 'unit-d', name: 'Jobcenter Øst' },
];
const ips = (() => {
  const r = validateInstrument(JSON.parse(readFileSync(new URL('./fixtures/ips-shaped-synthetic.json', import.meta.url), 'utf8')));
  assert.ok(r.ok);
  return r.instrument as Instrument;
})();

const fsmItems = fsm.sections.flatMap((s) => s.items.map((i) => i.id));
const brokerOnly = 'ke1.cv-andel';
const fields = (rejected: { line: number; field: string }[]) => rejected.map((r) => [r.line, r.field]);

describe('parseAnswerCsv: accepted rows', () => {
  it('reads role, unit by id or name, scale values, and "don\'t know" as null', () => {
    const csv = ['role,unit,ke1.f1,ke1.f2,ke1.cv-andel,ke2.f1', 'leder,unit-a,4,5,,2', 'JOBFORMIDLER , team nord ,ved ikke,Vet ikke,3,1', 'mentor,jobcenter øst,,I høj grad,,1', ''].join('\n');
    const { responses, rejected } = parseAnswerCsv(csv, fsm, units);
    assert.deepEqual(rejected, []);
    assert.equal(responses.length, 3);
    const [leder, broker, mentor] = responses;
    assert.deepEqual([leder!.role, leder!.unitId, leder!.answers['ke1.f1'], leder!.answers['ke1.f2'], leder!.answers['ke2.f1']], ['leder', 'unit-a', 4, 5, 2]);
    assert.deepEqual([broker!.role, broker!.unitId, broker!.answers['ke1.f1'], broker!.answers['ke1.f2'], broker!.answers[brokerOnly]], ['jobformidler', 'unit-a', null, null, 3]);
    assert.deepEqual([mentor!.role, mentor!.unitId, mentor!.answers['ke1.f1'], mentor!.answers['ke1.f2']], ['mentor', 'unit-d', null, 4], 'an anchor text is its value');
  });

  it('answers every item of the role: a missing column is "don\'t know", an item not asked of the role is absent', () => {
    const { responses } = parseAnswerCsv('role,unit,ke1.f1\nleder,unit-a,4\njobformidler,unit-a,5\n', fsm, units);
    assert.deepEqual(Object.keys(responses[0]!.answers).sort(), fsmItems.filter((i) => i !== brokerOnly).sort());
    assert.equal(responses[0]!.answers['ke6.f2'], null);
    assert.deepEqual(Object.keys(responses[1]!.answers).sort(), [...fsmItems].sort());
    assert.equal(responses[1]!.answers[brokerOnly], null);
  });

  it('takes semicolons, a BOM, CRLF, quoted fields, header names in any order and case, and skips blank lines', () => {
    const csv = '\uFEFFKE1.F1;Unit;Role\r\n\r\n4;"Team Nord";sagsbehandler\r\n;;\r\n"2";unit-b;leder\r\n';
    const { responses, rejected } = parseAnswerCsv(csv, fsm, units);
    assert.deepEqual(rejected, []);
    assert.deepEqual(responses.map((r) => [r.role, r.unitId, r.answers['ke1.f1']]), [['sagsbehandler', 'unit-a', 4], ['leder', 'unit-b', 2]]);
  });

  it('puts nothing in a response but role, unit and answers', () => {
    const { responses } = parseAnswerCsv('role,unit,ke1.f1\nleder,unit-a,4\n', fsm, units);
    assert.deepEqual(Object.keys(responses[0]!).sort(), ['answers', 'role', 'unitId']);
  });
});

describe('parseAnswerCsv: rejected rows, by line and field', () => {
  it('numbers lines as in the file (header = 1), blank lines and quoted line breaks included', () => {
    const csv = 'role,unit,ke1.f1\nleder,unit-a,4\n\nleder,"Team\nNord",4\nleder,unit-a,7\n';
    const { responses, rejected } = parseAnswerCsv(csv, fsm, units);
    assert.equal(responses.length, 1);
    assert.deepEqual(fields(rejected), [
      [4, 'unit'],
      [6, 'ke1.f1'],
    ]);
  });

  it('refuses unknown, missing and foreign roles', () => {
    const { rejected } = parseAnswerCsv('role,unit,ke1.f1\nchef,unit-a,4\n,unit-a,4\nprojektleder,unit-a,4\n', fsm, units);
    assert.deepEqual(rejected, [
      { line: 2, field: 'role', reason: 'Ukendt rolle "chef"; brug en af: leder, jobformidler, sagsbehandler, virksomhedskonsulent, mentor.' },
      { line: 3, field: 'role', reason: 'Rollen mangler; brug en af: leder, jobformidler, sagsbehandler, virksomhedskonsulent, mentor.' },
      { line: 4, field: 'role', reason: 'Rollen projektleder besvarer ikke flere-skal-med.staff-survey (roller: leder, jobformidler, sagsbehandler, virksomhedskonsulent, mentor).' },
    ]);
  });

  it('refuses units not in the round, a name two units share, and a missing unit', () => {
    const { rejected } = parseAnswerCsv('role,unit,ke1.f1\nleder,Team Vest,4\nleder,team syd,4\nleder,,4\nleder,unit-c,4\n', fsm, units);
    assert.deepEqual(rejected, [
      { line: 2, field: 'unit', reason: '"Team Vest" er ikke en enhed i runden.' },
      { line: 3, field: 'unit', reason: 'Flere enheder i runden hedder "team syd"; brug enhedens id.' },
      { line: 4, field: 'unit', reason: 'Enheden mangler; skriv enhedens id eller navn.' },
    ]);
  });

  it('refuses values off the scale and answers to items the role is not asked', () => {
    const { responses, rejected } = parseAnswerCsv('role,unit,ke1.f1,ke1.cv-andel\nleder,unit-a,6,\nleder,unit-a,4,3\njobformidler,unit-a,4,4\nmentor,unit-a,enig,\n', fsm, units);
    assert.equal(responses.length, 0);
    assert.deepEqual(rejected, [
      { line: 2, field: 'ke1.f1', reason: '"6" er ikke et svar på skalaen for ke1.f1 (1, 2, 3, 4, 5 eller ved ikke).' },
      { line: 3, field: 'ke1.cv-andel', reason: 'Spørgsmålet ke1.cv-andel stilles ikke til rollen leder; feltet skal være tomt.' },
      { line: 4, field: 'ke1.cv-andel', reason: '"4" er ikke et svar på skalaen for ke1.cv-andel (1, 2, 3 eller ved ikke).' },
      { line: 5, field: 'ke1.f1', reason: '"enig" er ikke et svar på skalaen for ke1.f1 (1, 2, 3, 4, 5 eller ved ikke).' },
    ]);
  });

  it('reports every problem of a row, role and unit first', () => {
    const { rejected } = parseAnswerCsv('role,unit,ke1.f1,ke1.f2\njobformidler,Team C,9,0\n', fsm, units);
    assert.deepEqual(fields(rejected), [
      [2, 'unit'],
      [2, 'ke1.f1'],
      [2, 'ke1.f2'],
    ]);
  });

  it('refuses "don\'t know" where the scale does not allow it', () => {
    const header = ['role', 'unit', ...ips.sections.flatMap((s) => s.items.map((i) => i.id))].join(',');
    const full = Array.from({ length: 25 }, () => '3');
    const blank = [...full];
    blank[4] = '';
    const { responses, rejected } = parseAnswerCsv([header, ['leder', 'unit-a', ...full].join(','), ['leder', 'unit-a', ...blank].join(',')].join('\n'), ips, units);
    assert.equal(responses.length, 1);
    assert.deepEqual(rejected, [{ line: 3, field: 'u5', reason: 'Spørgsmålet u5 skal besvares (1, 2, 3, 4, 5); skalaen tillader ikke "ved ikke".' }]);
  });

  it('refuses a row with more fields than the header', () => {
    const { rejected } = parseAnswerCsv('role,unit,ke1.f1\nleder,unit-a,4,5\nleder,unit-a,4,\n', fsm, units);
    assert.deepEqual(rejected, [{ line: 2, field: 'line', reason: 'Linjen har 4 felter, men overskriften kun 3.' }]);
  });
});

describe('parseAnswerCsv: the header', () => {
  it('names an unknown column and gives no responses', () => {
    const { responses, rejected } = parseAnswerCsv('role,unit,ke1.f1,ke9.f1\nleder,unit-a,4,4\n', fsm, units);
    assert.equal(responses.length, 0);
    assert.equal(rejected.length, 1);
    assert.deepEqual([rejected[0]!.line, rejected[0]!.field], [1, 'ke9.f1']);
    assert.match(rejected[0]!.reason, /^Ukendt kolonne "ke9\.f1": ikke et spørgsmål i flere-skal-med\.staff-survey 1\.0\.0/);
  });

  it('needs role and unit columns, each once, and every item at most once', () => {
    assert.deepEqual(fields(parseAnswerCsv('ke1.f1\n4\n', fsm, units).rejected), [
      [1, 'role'],
      [1, 'unit'],
    ]);
    assert.deepEqual(parseAnswerCsv('role,unit,ke1.f1,KE1.F1,role\nleder,unit-a,4,4,leder\n', fsm, units).rejected, [
      { line: 1, field: 'ke1.f1', reason: 'Spørgsmålet ke1.f1 står to gange i overskriften.' },
      { line: 1, field: 'role', reason: 'Kolonnen role står to gange i overskriften.' },
    ]);
  });

  it('needs a column for every item whose scale has no "don\'t know"', () => {
    const { rejected } = parseAnswerCsv('role,unit,u1\nleder,unit-a,3\n', ips, units);
    assert.equal(rejected.length, 24);
    assert.deepEqual(rejected[0], { line: 1, field: 'u2', reason: 'Kolonnen for spørgsmålet u2 mangler, og skalaen tillader ikke "ved ikke".' });
  });

  it('reports an empty file and an unclosed quote', () => {
    assert.deepEqual(parseAnswerCsv('', fsm, units).rejected, [{ line: 1, field: 'file', reason: 'Filen er tom; første linje skal være overskrifterne role,unit og spørgsmålenes id.' }]);
    const open = parseAnswerCsv('role,unit,ke1.f1\nleder,"unit-a,4\n', fsm, units).rejected;
    assert.deepEqual([open[0]!.line, open[0]!.field], [2, 'file']);
  });
});
