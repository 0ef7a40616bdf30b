/**
 * What the target-group check needs besides the citizen's benefit history:
 * where the citizen lives among the municipality's housing areas (TRIN
 * model, 004 "Målgruppen for indsatsen").
 */
import type { EligibilityContext } from '../models/eligibility.ts';
import { areaNamed, housingMembership, type HousingArea, type RegisteredAddress } from '../organisation/housing-areas.ts';

/**
 * The citizen's registered address decides. Only when no address is
 * registered does an area stated on the course (or the enrolment form)
 * count, and only if it names one of the defined areas (case and spaces
 * ignored); it then reads as stated, not as checked.
 */
export function eligibilityContext(address: RegisteredAddress, areas: readonly HousingArea[], statedArea: string | null = null): EligibilityContext {
  const housing = housingMembership(address, areas);
  if (housing.status === 'no_address' && statedArea) {
    const area = areaNamed(areas, statedArea);
    if (area) return { housing: { status: 'stated', area: area.name } };
  }
  return { housing };
}
