/** A measurement's score and (for WHO-5) its band, or why there is no score. */
import { instruments, isInstrumentId } from '../../../api/records.ts';
import type { Measurement } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { bandLabel, bandVariant, formatScore } from '../labels.ts';

export function ScoreResult({ measurement, testId }: { measurement: Measurement; testId?: string }) {
  const { t, locale } = useI18n();
  const mean = isInstrumentId(measurement.instrument) ? instruments[measurement.instrument].mean : false;
  if (measurement.score === null) {
    return (
      <span className="records-score-missing" data-testid={testId}>
        {t('rec.measure.scoreMissing')}
      </span>
    );
  }
  const band = bandLabel(t, measurement.band, measurement.bandLabel);
  return (
    <span className="records-score" data-testid={testId}>
      <strong className="records-score-value">{formatScore(locale, measurement.score, mean)}</strong>
      {band ? <span className={`badge badge-${bandVariant(measurement.band)} records-badge`}>{band}</span> : null}
    </span>
  );
}
