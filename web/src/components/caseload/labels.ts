/** Labels for codes used by the case-work screens. */
import type { Translate } from '../../i18n/index.tsx';
import { hasKey } from '../../i18n/index.tsx';

/** "Personlig jobformidler" for job_broker etc.; unknown codes as they are. */
export function courseRoleLabel(t: Translate, role: string): string {
  const key = `courses.role.${role}`;
  return hasKey(key) ? t(key) : role;
}

/** The Danish or English name of a bilingual name, or a plain string as it is. */
export function localName(name: { da: string; en: string } | string | null | undefined, lang: string): string {
  if (!name) return '';
  if (typeof name === 'string') return name;
  return lang === 'en' ? name.en : name.da;
}

/** An end reason: the demo and imports may store short codes (job, uddannelse ...); typed reasons are shown as written. */
export function endReasonLabel(t: Translate, reason: string): string {
  const key = `courses.endCode.${reason}`;
  return hasKey(key) ? t(key) : reason;
}
