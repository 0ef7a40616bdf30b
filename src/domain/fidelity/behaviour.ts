/** PLACEHOLDER (issue 12 contract): behavioural fidelity from case data; filled by its owner. */

/** Behavioural fidelity of one core element for one unit at one date: checks met of checks that applied. */
export interface ElementBehaviour {
  coreElementId: string;
  met: number;
  checks: number;
}

/** Sums met and checks element by element (pooling units or staff). */
export function poolBehaviour(lists: readonly (readonly ElementBehaviour[])[]): ElementBehaviour[] {
  const out = new Map<string, ElementBehaviour>();
  for (const list of lists) {
    for (const e of list) {
      const acc = out.get(e.coreElementId) ?? { coreElementId: e.coreElementId, met: 0, checks: 0 };
      acc.met += e.met;
      acc.checks += e.checks;
      out.set(e.coreElementId, acc);
    }
  }
  return [...out.values()];
}
