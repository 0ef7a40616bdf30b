/** Rules on company placements: follow-up cadence and the work agreement. */
import type { CompiledRuleOf } from './compiled.ts';
import { danishDate, days, relative } from './explain.ts';
import { placementTypeLabels } from './labels.ts';
import { latestUpTo, type PreparedCourse } from './prepared.ts';
import { done, moreUrgent, notApplicable, openTask, recurring, type EvalContext, type Outcome } from './result.ts';

/**
 * During a running placement the company must be visited at least every N
 * days, counted from the start and then from the latest follow-up. With
 * several placements the most urgent one decides.
 */
export function followUpInterval(r: CompiledRuleOf<'follow_up_interval'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  const limit = r.params.days;
  let result: Outcome | undefined;
  for (const p of c.placements) {
    if (p.from > asOf || p.to < asOf || !r.def.placementTypes.includes(p.type)) continue;
    const last = latestUpTo(p.followUps, asOf);
    const what = `${placementTypeLabels[p.type]} fra ${danishDate(p.from)}`;
    const outcome = Number.isNaN(last) || last < p.from
      ? recurring(p.from + limit, ctx, `Ingen opfølgning på virksomheden endnu (${what}). Første opfølgning senest ${danishDate(p.from + limit)} (${relative(p.from + limit, asOf)}).`)
      : recurring(
          last + limit,
          ctx,
          `Seneste opfølgning på virksomheden var ${danishDate(last)} (${what}; højst ${days(limit)} mellem opfølgninger). Næste senest ${danishDate(last + limit)} (${relative(last + limit, asOf)}).`,
        );
    result = result ? moreUrgent(result, outcome) : outcome;
  }
  return result ?? notApplicable('Borgeren er ikke i et virksomhedsforløb, som reglen gælder for.');
}

/**
 * Each current or coming placement needs a work agreement with an
 * ordinary-hours clause or a declaration of intent, made no later than N
 * days after the placement starts (0 = before it starts). With the flag
 * ordinaryHoursClause = 0 any work agreement counts (it always states working
 * time, sub-goals for progression and the follow-up). The version in
 * force decides: a later version that drops the clause reopens the task.
 * Versions are in the order they were made.
 */
export function workAgreementOrdinaryHours(r: CompiledRuleOf<'work_agreement_ordinary_hours'>, c: PreparedCourse, ctx: EvalContext): Outcome {
  const { asOf } = ctx;
  // Absent in a definition means required (the parameter came later); 0 is a municipality's choice (001 case 3).
  const clauseRequired = (r.params.ordinaryHoursClause ?? 1) === 1;
  let result: Outcome | undefined;
  for (const p of c.placements) {
    if (p.to < asOf || !r.def.placementTypes.includes(p.type)) continue;
    const deadline = p.from + r.params.daysAfterStart;
    const what = `${placementTypeLabels[p.type]} fra ${danishDate(p.from)}`;
    // Start of the unbroken run of covering versions that reaches the version in force.
    let coveringSince = NaN;
    let anyAgreement = false;
    let everCovered = false;
    for (const a of p.agreements) {
      if (a.day > asOf) continue;
      anyAgreement = true;
      const covers = !clauseRequired || a.coversOrdinaryHours;
      everCovered ||= covers;
      if (!covers) coveringSince = NaN;
      else if (Number.isNaN(coveringSince)) coveringSince = a.day;
    }
    let outcome: Outcome;
    if (!clauseRequired && !Number.isNaN(coveringSince)) {
      const late = coveringSince > deadline;
      outcome = done(`Der er en arbejdsaftale for ${what} (${danishDate(coveringSince)})${late ? `, ${days(coveringSince - deadline)} efter fristen` : ''}.`, late);
    } else if (!clauseRequired) {
      outcome = openTask(
        deadline,
        asOf,
        `Der mangler en arbejdsaftale om arbejdstid, delmål for progression og opfølgning for ${what}. Fristen er ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
      );
    } else if (!Number.isNaN(coveringSince)) {
      const late = coveringSince > deadline;
      outcome = done(
        `Arbejdsaftalen for ${what} indeholder ordinære timer eller en hensigtserklæring (${danishDate(coveringSince)})${late ? `, ${days(coveringSince - deadline)} efter fristen` : ''}.`,
        late,
      );
    } else if (anyAgreement) {
      const dropped = everCovered ? ' En tidligere version havde det, men den gældende version har ikke.' : '';
      outcome = openTask(
        deadline,
        asOf,
        `Arbejdsaftalen for ${what} har hverken en aftale om ordinære timer eller en hensigtserklæring.${dropped} Fristen er ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
      );
    } else {
      outcome = openTask(
        deadline,
        asOf,
        `Der mangler en arbejdsaftale med ordinære timer eller hensigtserklæring for ${what}. Fristen er ${danishDate(deadline)} (${relative(deadline, asOf)}).`,
      );
    }
    result = result ? moreUrgent(result, outcome) : outcome;
  }
  return result ?? notApplicable('Borgeren har intet igangværende eller kommende virksomhedsforløb, som reglen gælder for.');
}
