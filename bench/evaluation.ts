/**
 * Benchmark (not a test): how fast the evaluation core is on register-sized data, and prints the
 * figures (issue 13 §5).
 *
 * 1. Propensity score: `logisticRegression` (glm.ts) of treatment on 15 covariates + intercept for
 *    10,000 treated vs 500,000 controls, then 1:1 nearest-neighbour matching (nearest.ts, default
 *    options: without replacement, m.order 'largest') on the fitted probability. Goal: under 10 s.
 * 2. Cox: `coxph` (cox.ts, Efron ties) on 500,000 rows with 3 covariates.
 * 3. When `Rscript` is on PATH: the same data written to a temp CSV and timed in R with
 *    `system.time(matchit(treat ~ ..., method = "nearest"))` and `system.time(coxph(...))`,
 *    printed side by side with the ratio. Reading the CSV is not timed in R; building the design
 *    matrix is not timed here.
 *
 * Data: seeded (mulberry32, src/domain/random.ts). Covariates share a common normal factor
 * (pairwise correlation 0.3); treated units have their covariates shifted (selection into
 * treatment), so the logit model is correctly specified. Values are rounded to 6 decimals so that
 * R reads exactly the numbers fitted here. Cox times are exponential with hazard exp(x beta),
 * censored by an independent exponential, rounded to 0.01 (ties, so Efron matters).
 *
 * Run: node --import tsx bench/evaluation.ts [--treated 10000] [--controls 500000]
 *        [--covariates 15] [--rows 500000] [--no-r] [--seed 13]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Matrix } from 'ml-matrix';
import { coxph, type CoxObservation } from '../src/domain/evaluation/cox.ts';
import { logisticRegression } from '../src/domain/evaluation/glm.ts';
import { nearestNeighbourMatch } from '../src/domain/evaluation/nearest.ts';
import { mulberry32 } from '../src/domain/random.ts';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 1) throw new Error(`--${name} needs a positive number`);
  return Math.floor(v);
}
const nTreated = option('treated', 10_000);
const nControls = option('controls', 500_000);
const k = option('covariates', 15);
const coxRows = option('rows', 500_000);
const seed = option('seed', 13);
const useR = !process.argv.includes('--no-r');

const random = mulberry32(seed);
function normal(): number {
  // Box-Muller; 1 - u keeps the logarithm finite.
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function rssMb(): string {
  return `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`;
}

// ------------------------------------------------------------------ data

const tGen = performance.now();
const n = nTreated + nControls;
const treat = new Array<number>(n);
const x = new Matrix(n, k + 1);
const rho = 0.3;
for (let i = 0; i < n; i++) {
  // Treated rows first would make the data order trivial; interleave them evenly instead.
  const isTreated = Math.floor(((i + 1) * nTreated) / n) > Math.floor((i * nTreated) / n) ? 1 : 0;
  treat[i] = isTreated;
  const common = normal();
  x.set(i, 0, 1);
  for (let j = 0; j < k; j++) {
    const shift = isTreated ? 0.4 - (0.6 * j) / Math.max(1, k - 1) : 0; // from +0.4 to -0.2
    x.set(i, j + 1, round6(Math.sqrt(rho) * common + Math.sqrt(1 - rho) * normal() + shift));
  }
}
const columnNames = ['(Intercept)', ...Array.from({ length: k }, (_, j) => `x${j + 1}`)];

const coxBeta = [0.5, -0.7, 0.3];
const cox: CoxObservation[] = new Array(coxRows);
for (let i = 0; i < coxRows; i++) {
  const x1 = round6(normal());
  const x2 = random() < 0.4 ? 1 : 0;
  const x3 = round6(0.5 * x1 + normal());
  const hazard = 0.1 * Math.exp(coxBeta[0]! * x1 + coxBeta[1]! * x2 + coxBeta[2]! * x3);
  const tEvent = -Math.log(1 - random()) / hazard;
  const tCens = -Math.log(1 - random()) / 0.05;
  const time = Math.max(0.01, Math.round(Math.min(tEvent, tCens) * 100) / 100);
  cox[i] = { time, event: tEvent <= tCens ? 1 : 0, x: [x1, x2, x3] };
}
console.log(
  `evaluation bench: ${nTreated.toLocaleString('en')} treated vs ${nControls.toLocaleString('en')} controls, ` +
    `${k} covariates; Cox on ${coxRows.toLocaleString('en')} rows × 3 covariates (seed ${seed}; generated in ${seconds(performance.now() - tGen)})`,
);

// ------------------------------------------------------------------ propensity + matching

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return `${((u.user + u.system) / 1e6).toFixed(2)} s CPU`;
};
const t1 = performance.now();
const c1 = process.cpuUsage();
const fit = logisticRegression(x, treat, { columnNames });
const tGlm = performance.now() - t1;
console.log(
  `propensity fit (glm.ts, ${n.toLocaleString('en')} × ${k + 1}): ${seconds(tGlm)} (${cpuSeconds(c1)})  ` +
    `(${fit.iterations} IRLS iterations, converged ${fit.converged}, deviance ${fit.deviance.toFixed(4)})`,
);
const t2 = performance.now();
const c2 = process.cpuUsage();
const match = nearestNeighbourMatch(treat, fit.fittedValues);
const tMatch = performance.now() - t2;
let matchedTreated = 0;
let matchedControls = 0;
for (const row of match.matchMatrix) if (row[0] !== null) matchedTreated++;
for (let i = 0; i < n; i++) if (treat[i] === 0 && match.weights[i]! > 0) matchedControls++;
console.log(
  `1:1 nearest matching (nearest.ts, no replacement, m.order largest): ${seconds(tMatch)} (${cpuSeconds(c2)})  ` +
    `(${matchedTreated.toLocaleString('en')} treated matched to ${matchedControls.toLocaleString('en')} controls)`,
);
const tOurs = tGlm + tMatch;
console.log(`propensity + matching: ${seconds(tOurs)} (goal < 10 s: ${tOurs < 10_000 ? 'met' : 'NOT met'}); peak RSS so far ${rssMb()}`);

// ------------------------------------------------------------------ Cox

const t3 = performance.now();
const c3 = process.cpuUsage();
const coxFit = coxph(cox, { names: ['x1', 'x2', 'x3'], ties: 'efron' });
const tCox = performance.now() - t3;
console.log(
  `Cox (cox.ts, Efron, ${coxRows.toLocaleString('en')} rows, ${coxFit.nevent.toLocaleString('en')} events): ${seconds(tCox)} (${cpuSeconds(c3)})  ` +
    `(${coxFit.iterations} iterations; coef ${coxFit.coefficients.map((c) => c.coef.toFixed(6)).join(', ')})`,
);
console.log(`peak RSS: ${rssMb()}`);

// ------------------------------------------------------------------ R side by side

const rscript = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
if (!useR) {
  console.log('R comparison skipped (--no-r)');
} else if (rscript.error || rscript.status !== 0) {
  console.log('R comparison skipped: Rscript is not on PATH');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'evaluation-bench-'));
  try {
    const lines: string[] = [['treat', ...columnNames.slice(1)].join(',')];
    for (let i = 0; i < n; i++) {
      const row = [String(treat[i])];
      for (let j = 1; j <= k; j++) row.push(String(x.get(i, j)));
      lines.push(row.join(','));
    }
    writeFileSync(join(dir, 'psm.csv'), `${lines.join('\n')}\n`);
    const coxLines = ['time,event,x1,x2,x3', ...cox.map((o) => `${o.time},${o.event},${o.x.join(',')}`)];
    writeFileSync(join(dir, 'cox.csv'), `${coxLines.join('\n')}\n`);
    const script = `
suppressPackageStartupMessages({ library(MatchIt); library(survival) })
d <- read.csv(file.path("${dir}", "psm.csv"))
f <- as.formula(paste("treat ~", paste(names(d)[-1], collapse = " + ")))
tm <- system.time(m <- matchit(f, data = d, method = "nearest"))
cat(sprintf("MATCHIT %.3f %d %d\\n", tm[["elapsed"]], sum(!is.na(m$match.matrix[, 1])), sum(d$treat == 0 & m$weights > 0)))
tg <- system.time(g <- glm(f, data = d, family = binomial))
cat(sprintf("GLM %.3f %d %.4f\\n", tg[["elapsed"]], g$iter, g$deviance))
cd <- read.csv(file.path("${dir}", "cox.csv"))
tc <- system.time(c <- coxph(Surv(time, event) ~ x1 + x2 + x3, data = cd, ties = "efron"))
cat(sprintf("COXPH %.3f %d %s\\n", tc[["elapsed"]], c$iter, paste(sprintf("%.6f", coef(c)), collapse = ",")))
cat(sprintf("RVERSION %s MatchIt %s survival %s\\n", getRversion(), packageVersion("MatchIt"), packageVersion("survival")))
`;
    writeFileSync(join(dir, 'bench.R'), script);
    const r = spawnSync('Rscript', [join(dir, 'bench.R')], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.log(`R comparison failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    } else {
      const get = (tag: string) => r.stdout.split('\n').find((l) => l.startsWith(`${tag} `))?.split(' ').slice(1) ?? [];
      const [mSec, mTreated, mControls] = get('MATCHIT');
      const [gSec, gIter, gDev] = get('GLM');
      const [cSec, cIter, cCoef] = get('COXPH');
      console.log(`R ${get('RVERSION').join(' ')}:`);
      const side = (what: string, oursMs: number, rSec: number, note: string) =>
        console.log(
          `  ${what.padEnd(34)} ours ${seconds(oursMs).padStart(8)}   R ${`${rSec.toFixed(2)} s`.padStart(8)}   ours/R ${(oursMs / 1000 / rSec).toFixed(2)}   ${note}`,
        );
      side('glm (propensity fit only)', tGlm, Number(gSec), `(R: ${gIter} iterations, deviance ${gDev})`);
      side('matchit nearest (glm + matching)', tOurs, Number(mSec), `(R: ${mTreated} treated matched to ${mControls} controls)`);
      side('coxph Efron', tCox, Number(cSec), `(R: ${cIter} iterations; coef ${cCoef})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
