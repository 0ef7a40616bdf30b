/**
 * A message carried over one navigation (e.g. "Virksomheden er oprettet"
 * shown on the new company's page). Kept in memory, read once.
 */
let pending: { path: string; text: string } | null = null;

export function setFlash(path: string, text: string): void {
  pending = { path, text };
}

/** The message for this page, if one was left for it; clears it. */
export function takeFlash(path: string): string {
  if (!pending || pending.path !== path) return '';
  const { text } = pending;
  pending = null;
  return text;
}
