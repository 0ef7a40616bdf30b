/**
 * The consultant's worklist can learn of the same follow-up twice: from the
 * planned next date and from the model's follow-up rule. One row per
 * placement is what a consultant can act on, so the two are folded: the
 * earlier deadline leads (it is the one that binds), and the other's
 * explanation is kept beside it when it says something different.
 */

export interface FollowUpItem {
  placementId: string;
  dueOn: string;
  status: 'due' | 'overdue';
  source: 'planned' | 'rule';
  explanation: string;
}

/** One item per placement, the earlier due date first; on a tie the rule leads (its explanation names the rule's limit). */
export function foldFollowUpItems<T extends FollowUpItem>(items: readonly T[]): T[] {
  const byPlacement = new Map<string, T[]>();
  for (const item of items) byPlacement.set(item.placementId, [...(byPlacement.get(item.placementId) ?? []), item]);
  const folded: T[] = [];
  for (const group of byPlacement.values()) {
    const [lead, ...rest] = [...group].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || (a.source === b.source ? 0 : a.source === 'rule' ? -1 : 1));
    if (!lead) continue;
    const extra = rest.map((r) => r.explanation).filter((text) => text !== lead.explanation);
    folded.push(extra.length ? { ...lead, explanation: [lead.explanation, ...extra].join(' ') } : lead);
  }
  return folded.sort((a, b) => (a.status !== b.status ? (a.status === 'overdue' ? -1 : 1) : a.dueOn.localeCompare(b.dueOn)));
}
