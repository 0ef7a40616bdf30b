#!/usr/bin/env node
// Checks every source reference of every model definition and measurement
// instrument against the seed reports: the cited section must exist in the
// cited report and contain the numbers the reference vouches for
// (src/domain/models/citations.ts). Prints each bad citation (definition,
// path, cited section, reason) and exits 1 if there is any; exits 2 when the
// reports are not found. The reports are read from ../shared/seeds, or from
// the directory given as the first argument or in JOBSPOR_SEEDS_DIR.
// Run: node --import tsx scripts/check-citations.ts
import { resolve } from 'node:path';
import { checkCitations, instrumentCitations, registryCitations, type CitationProblem } from '../src/domain/models/citations.ts';
import { registry } from '../src/domain/models/registry.ts';
import { formatSource } from '../src/domain/rules/source.ts';
import { defaultSeedsDir, loadSeedReports } from './seed-reports.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : defaultSeedsDir();
const reports = loadSeedReports(dir);
if (!reports) {
  console.error(`Seed reports not found in ${dir}: give their directory as the first argument or in JOBSPOR_SEEDS_DIR.`);
  process.exit(2);
}

function reason(problem: CitationProblem): string {
  switch (problem.reason) {
    case 'seed_missing':
      return `report ${problem.citation.source.seed} not found in ${dir}`;
    case 'section_missing':
      return `report ${problem.citation.source.seed} has no section '${problem.citation.source.section}'`;
    case 'number_missing':
      return `the section does not contain ${problem.missing.join(', ')}`;
  }
}

const citations = [...registryCitations(registry.all()), ...instrumentCitations()];
const problems = checkCitations(citations, reports);
for (const problem of problems) {
  const { model, path, source } = problem.citation;
  console.error(`✖ ${model} ${path}: cites ${formatSource(source)}: ${reason(problem)}`);
}
if (problems.length > 0) {
  console.error(`${problems.length} of ${citations.length} citations are wrong.`);
  process.exit(1);
}
const numbers = citations.reduce((n, c) => n + c.numbers.length, 0);
console.log(`All ${citations.length} citations of ${registry.all().length} model definitions and the measurement instruments point to existing sections that hold their ${numbers} cited numbers.`);
