/** Ordering of the company worklist's follow-ups. */
import type { FollowUpDue } from '../../api/companies.ts';

/**
 * The next follow-up first: by due date (overdue ones are the earliest), then
 * overdue before due on the same day, then the citizen's name.
 */
export function sortFollowUps(rows: readonly FollowUpDue[]): FollowUpDue[] {
  return [...rows].sort(
    (a, b) =>
      a.dueOn.localeCompare(b.dueOn) ||
      (a.status === b.status ? 0 : a.status === 'overdue' ? -1 : 1) ||
      a.citizen.name.localeCompare(b.citizen.name, 'da') ||
      a.placementId.localeCompare(b.placementId),
  );
}
