/**
 * Målinger: the measurement schedule, recording WHO-5, GSE, BIP and BRF-11,
 * and per instrument the citizen's scores over time as a chart (lazy-loaded
 * ECharts) with the same figures in a table.
 */
import { lazy, Suspense, useState } from 'react';
import { instrumentIds, instruments, recordsApi } from '../../api/records.ts';
import type { InstrumentId, Measurement } from '../../api/records.ts';
import { Alert } from '../../components/Alert.tsx';
import { FocusedAlert } from '../../components/placements/FocusedAlert.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { formatDate } from '../../labels.ts';
import type { ChartBand } from '../../components/records/measurements/MeasurementChart.tsx';
import { MeasurementForm } from '../../components/records/measurements/MeasurementForm.tsx';
import { byDate, MeasurementTable } from '../../components/records/measurements/MeasurementTable.tsx';
import { instrumentName, pointLabel } from '../../components/records/measurements/scales.ts';
import { ScheduleTable } from '../../components/records/measurements/ScheduleTable.tsx';
import { ScoreResult } from '../../components/records/measurements/ScoreResult.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Translate } from '../../i18n/index.tsx';
import '../../styles/records.css';

const MeasurementChart = lazy(() =>
  import('../../components/records/measurements/MeasurementChart.tsx').then((m) => ({ default: m.MeasurementChart })),
);

function who5Bands(t: Translate): ChartBand[] {
  return [
    // Drawn edge to edge; the scores themselves are whole multiples of 4.
    { from: 0, to: 35, label: t('rec.band.low'), colour: 'rgba(176, 24, 12, 0.08)' },
    { from: 35, to: 50, label: t('rec.band.risk'), colour: 'rgba(255, 170, 0, 0.12)' },
    { from: 50, to: 100, label: t('rec.band.ok'), colour: 'rgba(53, 128, 0, 0.08)' },
  ];
}

function InstrumentSection({ instrument, measurements }: { instrument: InstrumentId; measurements: Measurement[] }) {
  const { t, locale } = useI18n();
  const def = instruments[instrument];
  const name = instrumentName(t, instrument);
  const sorted = byDate(measurements);
  const slug = instrument.toLowerCase().replace(/[^a-z0-9]/g, '');
  return (
    <section aria-labelledby={`measure-${slug}-heading`} className="jobspor-section records-instrument" data-testid={`measure-section-${slug}`}>
      <h3 id={`measure-${slug}-heading`}>{name}</h3>
      <p className="jobspor-muted">{t(`rec.scoreInfo.${instrument}`)}</p>
      <div className="records-chart-grid">
        <Suspense fallback={<Spinner />}>
          <MeasurementChart
            points={sorted.map((m) => ({ label: `${formatDate(locale, m.measuredOn)}\n${pointLabel(t, m.point)}`, score: m.score }))}
            min={def.scoreMin}
            max={def.scoreMax}
            seriesName={t('rec.measure.score')}
            description={t('rec.measure.chartAlt', { instrument: name })}
            testId={`measure-chart-${slug}`}
            {...(instrument === 'WHO-5' ? { bands: who5Bands(t) } : {})}
          />
        </Suspense>
        <MeasurementTable id={`measure-table-${slug}`} caption={t('rec.measure.tableCaption', { instrument: name })} measurements={measurements} />
      </div>
    </section>
  );
}

export function MeasurementsTab({ citizenId, canRecord }: { citizenId: string; canRecord: boolean }) {
  const { t } = useI18n();
  const loaded = useLoad(() => recordsApi.measurements(citizenId), [citizenId]);
  const courses = useLoad(() => recordsApi.courses(citizenId).catch(() => ({ courses: [] })), [citizenId]);
  const [adding, setAdding] = useState(false);
  const [latest, setLatest] = useState<Measurement | null>(null);

  const measurements = loaded.data?.measurements ?? [];
  const schedule = loaded.data?.schedule ?? [];
  const active = (courses.data?.courses ?? []).filter((c) => !c.endDate);
  const firstOpen = [...schedule].sort((a, b) => a.dueDate.localeCompare(b.dueDate)).find((p) => !p.done);
  const startInstrument = firstOpen && (instrumentIds as readonly string[]).includes(firstOpen.instrument) ? (firstOpen.instrument as InstrumentId) : 'WHO-5';

  async function created(measurement: Measurement) {
    setLatest(measurement);
    setAdding(false);
    // The schedule's "done" flags change too: reload both.
    try {
      loaded.setData(await recordsApi.measurements(citizenId));
    } catch {
      loaded.setData({ measurements: [...measurements, measurement], schedule });
    }
  }

  return (
    <section aria-labelledby="measure-heading">
      <h2 id="measure-heading">{t('rec.tab.measurements')}</h2>
      {loaded.loading && !loaded.data ? <Spinner /> : null}
      {loaded.error ? <Alert variant="error">{errorText(t, loaded.error)}</Alert> : null}

      {latest ? (
        <FocusedAlert variant="success" testId="measure-saved" focusKey={latest.id} heading={t('rec.measure.saved', { instrument: instrumentName(t, latest.instrument) })}>
          <p className="m-0">
            {t('rec.measure.score')}: <ScoreResult measurement={latest} testId="measure-latest-score" />
          </p>
        </FocusedAlert>
      ) : null}

      {loaded.data ? (
        <>
          {adding && courses.data ? (
            <MeasurementForm
              citizenId={citizenId}
              schedule={schedule}
              measurements={measurements}
              courses={active}
              initialInstrument={startInstrument}
              onCancel={() => setAdding(false)}
              onCreated={created}
            />
          ) : canRecord ? (
            <div className="jobspor-actions records-top-actions">
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setLatest(null);
                  setAdding(true);
                }}
                disabled={!courses.data}
                data-testid="measure-add"
              >
                {t('rec.measure.add')}
              </button>
            </div>
          ) : null}

          <section aria-labelledby="measure-schedule-heading" className="jobspor-section">
            <h3 id="measure-schedule-heading">{t('rec.measure.schedule')}</h3>
            {schedule.length ? <ScheduleTable schedule={schedule} /> : <p>{t('rec.measure.noSchedule')}</p>}
          </section>

          {measurements.length ? (
            instrumentIds
              .filter((id) => measurements.some((m) => m.instrument === id))
              .map((id) => <InstrumentSection key={id} instrument={id} measurements={measurements.filter((m) => m.instrument === id)} />)
          ) : (
            <p className="jobspor-section" data-testid="measure-none">
              {t('rec.measure.none')}
            </p>
          )}
        </>
      ) : null}
    </section>
  );
}
