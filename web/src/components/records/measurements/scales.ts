/** Answer labels and item statements for the four instruments (texts in the i18n catalogue). */
import { hasKey } from '../../../i18n/index.tsx';
import type { Translate } from '../../../i18n/index.tsx';
import { instruments } from '../../../api/records.ts';
import type { InstrumentId, InstrumentItem } from '../../../api/records.ts';

/** Which answer scale an item uses. */
function scaleOf(instrument: InstrumentId, item: InstrumentItem): string {
  if (instrument === 'WHO-5') return 'who';
  if (instrument === 'GSE') return 'gse';
  if (instrument === 'BIP' && item.respondent !== 'citizen') return 'likely';
  return 'agree';
}

export function answerOptions(t: Translate, instrument: InstrumentId, item: InstrumentItem): { value: string; label: string }[] {
  const { min, max } = instruments[instrument];
  const scale = scaleOf(instrument, item);
  const options: { value: string; label: string }[] = [];
  for (let code = min; code <= max; code++) {
    const key = `rec.scale.${scale}.${code}`;
    options.push({ value: String(code), label: hasKey(key) ? `${code} – ${t(key)}` : String(code) });
  }
  return options;
}

export function itemText(t: Translate, item: InstrumentItem): string {
  const key = `rec.item.${item.id}`;
  return hasKey(key) ? t(key) : item.id;
}

export function instrumentName(t: Translate, instrument: string): string {
  const key = `rec.instrument.${instrument}`;
  return hasKey(key) ? t(key) : instrument;
}

/** The one name of a measurement point on every screen: '1. måling (start)', '2. måling', … as 002 §5 counts them. */
export function pointLabel(t: Translate, point: number): string {
  return point === 0 ? t('rec.measure.pointStart') : t('rec.measure.pointN', { no: point + 1 });
}
