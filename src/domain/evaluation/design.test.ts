import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DesignError, designMatrix, type DesignRow } from './design.ts';

interface Fixture {
  data: Record<string, (number | string)[]>;
  raceLevels: string[];
  modelMatrix: { columnNames: string[]; firstRows: number[][] };
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/glm-lalonde.json', import.meta.url), 'utf8'),
) as Fixture;

const terms = ['age', 'educ', 'race', 'married', 'nodegree', 're74', 're75'];

function lalondeRows(): DesignRow[] {
  const columns = Object.keys(fixture.data);
  const n = fixture.data.treat?.length ?? 0;
  return Array.from({ length: n }, (_, i) => Object.fromEntries(columns.map((c) => [c, fixture.data[c]?.[i]])));
}

test("column names equal R's colnames(model.matrix(treat ~ age + educ + race + ..., lalonde))", () => {
  const design = designMatrix(lalondeRows(), terms);
  assert.deepEqual(design.columnNames, fixture.modelMatrix.columnNames);
  assert.deepEqual(design.columnNames, [
    '(Intercept)', 'age', 'educ', 'racehispan', 'racewhite', 'married', 'nodegree', 're74', 're75',
  ]);
  assert.equal(design.matrix.rows, 614);
  assert.equal(design.matrix.columns, 9);
});

test("race levels are sorted as R's factor() sorts them, the first (black) being the reference", () => {
  const design = designMatrix(lalondeRows(), terms);
  const race = design.terms.find((t) => t.name === 'race');
  assert.ok(race && race.kind === 'categorical');
  assert.deepEqual(race.levels, fixture.raceLevels);
  assert.deepEqual(race.codedLevels, ['hispan', 'white']);
  assert.equal(race.firstColumn, 3);
});

test("the first rows of the design matrix equal R's model.matrix rows exactly", () => {
  const design = designMatrix(lalondeRows(), terms);
  fixture.modelMatrix.firstRows.forEach((expected, i) => {
    assert.deepEqual(design.matrix.getRow(i), expected, `row ${i + 1}`);
  });
});

test('every row has exactly one race: dummies are 0/1 and the reference level has none', () => {
  const rows = lalondeRows();
  const design = designMatrix(rows, terms);
  rows.forEach((row, i) => {
    assert.equal(design.matrix.get(i, 3), row.race === 'hispan' ? 1 : 0);
    assert.equal(design.matrix.get(i, 4), row.race === 'white' ? 1 : 0);
    assert.equal(design.matrix.get(i, 0), 1);
  });
});

test('levels sort by code units (C locale): upper case before lower case, å before æ before ø', () => {
  const rows = ['b', 'B', 'a', 'ø', 'æ', 'å'].map((g) => ({ g }));
  const design = designMatrix(rows, ['g']);
  assert.deepEqual(design.columnNames, ['(Intercept)', 'ga', 'gb', 'gå', 'gæ', 'gø']);
});

test('declared levels set the order and the reference level, as factor(x, levels = ...)', () => {
  const rows = [{ g: 'x' }, { g: 'y' }, { g: 'z' }, { g: 'y' }];
  const design = designMatrix(rows, ['g'], { levels: { g: ['z', 'x', 'y'] } });
  assert.deepEqual(design.columnNames, ['(Intercept)', 'gx', 'gy']);
  assert.deepEqual(design.matrix.getColumn(1), [1, 0, 0, 0]);
  assert.deepEqual(design.matrix.getColumn(2), [0, 1, 0, 1]);
});

test('without an intercept the first categorical term gets a column for every level, later ones drop the first', () => {
  const rows = [
    { g: 'a', h: 'u', x: 1 },
    { g: 'b', h: 'v', x: 2 },
    { g: 'a', h: 'v', x: 3 },
  ];
  const design = designMatrix(rows, ['x', 'g', 'h'], { intercept: false });
  assert.deepEqual(design.columnNames, ['x', 'ga', 'gb', 'hv']);
  assert.deepEqual(design.matrix.to2DArray(), [
    [1, 1, 0, 0],
    [2, 0, 1, 1],
    [3, 1, 0, 1],
  ]);
});

test('a column missing from a row is an error naming the column and the row', () => {
  const rows: DesignRow[] = [{ x: 1, g: 'a' }, { g: 'b' }];
  assert.throws(() => designMatrix(rows, ['x', 'g']), (e: unknown) => {
    assert.ok(e instanceof DesignError);
    assert.equal(e.message, 'column "x" is missing from row 2');
    assert.equal(e.column, 'x');
    assert.equal(e.row, 2);
    return true;
  });
});

test('a non-numeric value in a numeric column is an error', () => {
  const rows: DesignRow[] = [{ x: 1 }, { x: 2 }, { x: 'three' }];
  assert.throws(() => designMatrix(rows, ['x']), {
    name: 'DesignError',
    message: 'non-numeric value "three" in numeric column "x" at row 3',
  });
});

test('missing and non-finite values are errors (R would drop the row with na.omit)', () => {
  assert.throws(() => designMatrix([{ x: 1 }, { x: null }], ['x']), {
    message: 'missing value in numeric column "x" at row 2',
  });
  assert.throws(() => designMatrix([{ x: 1 }, { x: Number.NaN }], ['x']), {
    message: 'non-finite value NaN in numeric column "x" at row 2',
  });
  assert.throws(() => designMatrix([{ g: 'a' }, { g: undefined }], ['g']), {
    message: 'missing value in categorical column "g" at row 2',
  });
  assert.throws(() => designMatrix([{ g: 'a' }, { g: 3 }], ['g']), {
    message: 'non-string value 3 in categorical column "g" at row 2',
  });
});

test('a constant numeric column is an error when there is an intercept', () => {
  assert.throws(() => designMatrix([{ x: 5 }, { x: 5 }], ['x']), {
    message: 'numeric column "x" is constant (5) and would be aliased with the intercept',
  });
  assert.deepEqual(designMatrix([{ x: 5 }, { x: 5 }], ['x'], { intercept: false }).columnNames, ['x']);
});

test('a categorical column with a single level is an error, as in R', () => {
  assert.throws(() => designMatrix([{ g: 'a' }, { g: 'a' }], ['g']), {
    message: 'categorical column "g" has a single level "a"; contrasts need two or more levels',
  });
});

test('a declared level no row uses, or a value outside the declared levels, is an error', () => {
  const rows = [{ g: 'a' }, { g: 'b' }];
  assert.throws(() => designMatrix(rows, ['g'], { levels: { g: ['a', 'b', 'c'] } }), {
    message: 'declared level(s) "c" of "g" occur in no row; their dummy column would be constant 0',
  });
  assert.throws(() => designMatrix(rows, ['g'], { levels: { g: ['a'] } }), {
    message: 'value "b" in column "g" at row 2 is not a declared level',
  });
});

test('no rows, duplicate terms and levels for a non-term are errors', () => {
  assert.throws(() => designMatrix([], ['x']), { message: 'cannot build a design matrix from no rows' });
  assert.throws(() => designMatrix([{ x: 1 }, { x: 2 }], ['x', 'x']), { message: 'term "x" is given twice' });
  assert.throws(() => designMatrix([{ x: 1 }, { x: 2 }], ['x'], { levels: { g: ['a'] } }), {
    message: 'levels are given for "g", which is not a term',
  });
});
