/** The company's placements split into running and past, each in a useful order. */
import type { CompanyPlacement } from '../../api/companies.ts';

/**
 * Running: not ended (no end reason) and no end date before today. Running
 * placements show the longest-running first; past ones the latest ended first.
 */
export function splitPlacements(placements: readonly CompanyPlacement[], today: string): { running: CompanyPlacement[]; past: CompanyPlacement[] } {
  const isRunning = (p: CompanyPlacement) => p.endReason === null && (p.to === null || p.to >= today);
  const running = placements.filter(isRunning).sort((a, b) => a.from.localeCompare(b.from) || a.id.localeCompare(b.id));
  const past = placements
    .filter((p) => !isRunning(p))
    .sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '') || b.from.localeCompare(a.from) || a.id.localeCompare(b.id));
  return { running, past };
}
