/**
 * One instrument's measurements in time order: the figures behind the chart
 * and its text alternative.
 */
import type { Measurement } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatDate } from '../../../labels.ts';
import { personName } from '../labels.ts';
import { pointLabel } from './scales.ts';
import { ScoreResult } from './ScoreResult.tsx';

export function byDate(measurements: readonly Measurement[]): Measurement[] {
  return [...measurements].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.createdAt.localeCompare(b.createdAt));
}

export function MeasurementTable({ id, caption, measurements }: { id: string; caption: string; measurements: Measurement[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table table--compact table--zebra jobspor-table" data-testid={id}>
        <caption id={`${id}-caption`} className="records-caption">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('rec.measure.measuredOn')}</th>
            <th scope="col">{t('rec.measure.point')}</th>
            <th scope="col">{t('rec.measure.score')}</th>
            <th scope="col">{t('rec.contact.by')}</th>
          </tr>
        </thead>
        <tbody>
          {byDate(measurements).map((m) => (
            <tr key={m.id}>
              <th scope="row" className="jobspor-row-head">
                {formatDate(locale, m.measuredOn)}
              </th>
              <td>{pointLabel(t, m.point)}</td>
              <td>
                <ScoreResult measurement={m} />
              </td>
              <td>{personName(t, m.createdBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
