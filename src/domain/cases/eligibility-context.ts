/**
 * What the target-group check needs besides the citizen's benefit history:
 * the housing areas the municipality's outreach offices cover (TRIN model,
 * 004), and the citizen's area when it is only known from the course.
 */
import type { CitizenFacts } from '../rules/facts.ts';

/**
 * The citizen's facts with `area` as their residence from `from` when no
 * residence is registered on the citizen. The area is matched to the
 * qualifying areas' spelling regardless of case and surrounding spaces.
 */
export function withCourseResidence(facts: CitizenFacts, area: string | null, from: string, qualifyingAreas: readonly string[] = []): CitizenFacts {
  if (facts.residence.length > 0 || area === null || area.trim() === '') return facts;
  const wanted = area.trim().toLocaleLowerCase('da');
  const areaId = qualifyingAreas.find((a) => a.trim().toLocaleLowerCase('da') === wanted) ?? area.trim();
  return { ...facts, residence: [{ areaId, from }] };
}
