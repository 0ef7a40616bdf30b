/**
 * Wording of fidelity figures: shares in per cent, changes in signed
 * percentage points, the colour rule as a sentence, round and wave labels.
 * Pure functions of a translate function and a locale, so the page, the
 * charts and the tests word them the same way.
 */
import { hasKey, type Lang, type Translate } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import type { FidelityColour, FidelityReport, RespondentRole, Wave } from '../../api/fidelity.ts';

/** '72,5 %' (one decimal, as 003's tables). */
export function formatPercent(locale: string, value: number): string {
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

/** '+7,0 pp', '−3,5 pp', '0,0 pp': always signed, so a change never reads as a level. */
export function formatPoints(locale: string, points: number): string {
  const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
  return `${text.replace('-', '−')} pp`;
}

/** A bound of the colour rule without needless decimals: 5 -> '5', 2.5 -> '2,5'. */
function bound(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** The colour rule as the legend states it (003 §3.1: +5 exactly is yellow). */
export function colourRuleText(t: Translate, locale: string, rule: Pick<FidelityReport['colourRule'], 'greenAbove' | 'redBelow'>): { green: string; yellow: string; red: string } {
  const green = bound(locale, rule.greenAbove);
  const red = bound(locale, Math.abs(rule.redBelow));
  return {
    green: t('fid.legend.green', { green }),
    yellow: t('fid.legend.yellow', { red, green }),
    red: t('fid.legend.red', { red }),
  };
}

/** The colour's name as text beside the cell's colour ('grøn'). */
export function colourName(t: Translate, colour: FidelityColour): string {
  return t(`fid.colour.${colour}`);
}

export function waveLabel(t: Translate, wave: Wave): string {
  return t(`fid.wave.${wave}`);
}

export function respondentRoleLabel(t: Translate, role: RespondentRole): string {
  return t(`fid.role.${role}`);
}

/** Today as YYYY-MM-DD in local time (the default opening date of a new round). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A monitoring measure's name in the chosen language: the status report's
 * wording (mon.measure.<id>) where there is one, so both pages name a measure
 * alike; otherwise the name the server sent.
 */
export function measureLabel(t: Translate, lang: Lang, measure: { id: string; name: { da: string; en: string } }): string {
  const key = `mon.measure.${measure.id}`;
  return hasKey(key) ? t(key) : nameIn(lang, measure.name);
}
