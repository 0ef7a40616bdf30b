/**
 * The units a course or a group activity can belong to, as the server scopes
 * writes: teams and outreach offices in the caller's own unit and below it.
 * GET /api/units lists the whole municipality, so the subtree is worked out
 * here; `byId` still knows every unit (a course may sit outside the caller's
 * units).
 */
import { api } from '../../api/client.ts';
import type { Unit } from '../../api/types.ts';
import { useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session.tsx';
import { isCaseUnit, unitTree } from '../../units.ts';
import type { Option } from '../FormFields.tsx';

/** The unit and every unit below it. */
export function unitsBelow(units: readonly Unit[], rootId: string): Unit[] {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return units.filter((unit) => ids.has(unit.id));
}

export interface CaseUnits {
  /** Teams and outreach offices in the caller's units, in tree order. */
  units: Unit[];
  options: Option[];
  byId: (id: string) => Unit | undefined;
  loading: boolean;
  error: unknown;
}

export function useCaseUnits(): CaseUnits {
  const { me } = useSession();
  const { locale } = useI18n();
  const loaded = useLoad(() => api.units(), []);
  const all = loaded.data?.units ?? [];
  const units = unitTree(unitsBelow(all, me.unit.id), locale)
    .map((row) => row.unit)
    .filter(isCaseUnit);
  return {
    units,
    options: units.map((unit) => ({ value: unit.id, label: unit.name })),
    byId: (id) => all.find((unit) => unit.id === id),
    loading: loaded.loading,
    error: loaded.error,
  };
}
