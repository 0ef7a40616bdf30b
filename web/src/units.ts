/** Helpers for the organisation-unit tree. */
import type { Unit } from './api/types.ts';

export interface TreeRow {
  unit: Unit;
  depth: number;
}

/** Depth-first order with siblings by name; units whose parent is unknown become roots. */
export function unitTree(units: readonly Unit[], locale = 'da'): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && ids.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, locale));
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of children.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      rows.push({ unit, depth });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** Option text indented by depth (select options cannot be styled under the CSP). */
export function indentedName(row: TreeRow): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(row.depth)}${row.unit.name}`;
}

/** Units where citizens can belong: teams and outreach offices. */
export const isCaseUnit = (unit: Unit) => unit.kind === 'team' || unit.kind === 'outreach_office';
