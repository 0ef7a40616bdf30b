/**
 * Statusrapport (issue 11 §3): the model's measures for one unit and month,
 * each over 25 months against its target, the cluster and the country, the
 * top 10, the scoreboard, corrections of stored months, the persons behind
 * each figure, downloads, and (for a leder) targets for teams and staff.
 * The choice of model, unit and month lives in the address, so a report can
 * be linked to and the back button works.
 */
import { useMemo, useState } from 'react';
import { modelsApi } from '../api/models.ts';
import { exportHref, monitoringApi } from '../api/monitoring.ts';
import type { ExportFormat, ReportMeasure } from '../api/monitoring.ts';
import { Alert } from '../components/Alert.tsx';
import { SelectField } from '../components/FormFields.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { ContinuousEffect, continuousUnitKinds } from '../components/monitoring/ContinuousEffect.tsx';
import { MeasureCard } from '../components/monitoring/MeasureCard.tsx';
import { PersonsDialog } from '../components/monitoring/PersonsDialog.tsx';
import type { PersonsRequest } from '../components/monitoring/PersonsDialog.tsx';
import { Scoreboard } from '../components/monitoring/Scoreboard.tsx';
import { TargetsEditor } from '../components/monitoring/TargetsEditor.tsx';
import { UnitSelect } from '../components/monitoring/UnitSelect.tsx';
import { measureName, monthsUpTo } from '../components/monitoring/format.ts';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatDate, formatDateTime, formatMonth } from '../labels.ts';
import { nameIn } from './models/text.ts';
import { useQueryParam } from '../router.tsx';
import { useSession } from '../session.tsx';
import '../components/monitoring/monitoring.css';

const preferredModel = 'flere-skal-med';
const formats: readonly ExportFormat[] = ['xlsx', 'pdf', 'csv'];

export function MonitoringPage() {
  const { t, locale, lang } = useI18n();
  const { me } = useSession();
  usePageTitle(t('mon.title'));
  const [modelParam, setModelParam] = useQueryParam('model');
  const [unitParam, setUnitParam] = useQueryParam('unit');
  const [monthParam, setMonthParam] = useQueryParam('month');
  const [persons, setPersons] = useState<PersonsRequest | null>(null);
  const isLeder = me.roles.includes('leder');

  const models = useLoad(() => modelsApi.list(), []);
  const model = modelParam || (models.data?.models.some((m) => m.id === preferredModel) ? preferredModel : (models.data?.models[0]?.id ?? ''));
  const definition = useLoad(() => (model ? modelsApi.get(model) : Promise.resolve(null)), [model]);
  const units = useLoad(() => (model ? monitoringApi.units(model) : Promise.resolve(null)), [model]);
  const unit = unitParam || units.data?.defaultUnit || '';
  const month = monthParam || units.data?.latestMonth || '';
  const report = useLoad(() => (model && unit && month ? monitoringApi.report({ model, unit, month }) : Promise.resolve(null)), [model, unit, month]);

  const fromModel = useMemo(() => {
    const map = new Map<string, string>();
    const def = definition.data?.definition;
    for (const m of [...(def?.successCriteria ?? []), ...(def?.kpis ?? [])]) map.set(m.id, nameIn(lang, m.name));
    return map;
  }, [definition.data, lang]);
  const names = useMemo(() => new Map((report.data?.measures ?? []).map((m) => [m.id, measureName(t, m, { fromModel })])), [report.data, t, fromModel]);
  const monthOptions = useMemo(() => {
    const latest = units.data?.latestMonth;
    const months = latest ? monthsUpTo(latest, 36) : [];
    if (month && !months.includes(month)) months.unshift(month);
    return months.map((m) => ({ value: m, label: formatMonth(locale, m) }));
  }, [units.data, month, locale]);

  /** The persons behind a measure's figure in the report's month, or in a month clicked in its chart. */
  function openPersons(measure: ReportMeasure, pointMonth = month) {
    const shown = report.data;
    if (!shown) return;
    setPersons({ model, unit, month: pointMonth, measure: measure.id, measureName: names.get(measure.id) ?? measure.id, unitName: shown.unit.name, unitOfMeasure: measure.unit, isShare: measure.kind === 'share' });
  }

  // Keep the shown report while it reloads (after a new target); hide it when another report is asked for.
  const data = report.data && report.data.model === model && report.data.unit.key === unit && report.data.month === month ? report.data : null;
  const measureNameOf = (id: string) => names.get(id) ?? id;

  return (
    <>
      <h1>{t('mon.title')}</h1>
      <p className="font-lead">{t('mon.intro')}</p>

      <form className="monitoring-pickers" aria-label={t('mon.pickers')} onSubmit={(e) => e.preventDefault()} data-testid="report-pickers">
        <SelectField
          id="report-model"
          label={t('mon.model')}
          value={model}
          onValue={(v) => {
            setModelParam(v);
          }}
          options={(models.data?.models ?? []).map((m) => ({ value: m.id, label: nameIn(lang, m.name) }))}
          disabled={!models.data}
          testId="pick-model"
        />
        <UnitSelect units={units.data?.units ?? []} value={unit} onValue={setUnitParam} disabled={!units.data} />
        <SelectField id="report-month" label={t('mon.month')} value={month} onValue={setMonthParam} options={monthOptions} disabled={!monthOptions.length} testId="pick-month" />
      </form>

      {models.error ? <Alert variant="error">{errorText(t, models.error)}</Alert> : null}
      {units.error ? <Alert variant="error">{errorText(t, units.error)}</Alert> : null}
      {units.data && !units.data.latestMonth && !monthParam ? <Alert variant="info">{t('mon.noData')}</Alert> : null}
      {report.loading && !data && model && unit && month ? <Spinner text={t('mon.loading')} /> : null}
      {report.error ? (
        <Alert variant="error" testId="report-error">
          <p className="m-0">{errorText(t, report.error)}</p>
        </Alert>
      ) : null}

      {data ? (
        <div data-testid="report">
          <h2 className="mt-5" data-testid="report-heading">
            {t('mon.reportFor', { unit: data.unit.name, month: formatMonth(locale, data.month) })}
          </h2>
          <p className="monitoring-meta">
            {data.cluster ? <span data-testid="report-cluster">{t('mon.cluster', { name: data.cluster.name, count: data.cluster.municipalities })} · </span> : null}
            <span>{t('mon.computedAt', { when: formatDateTime(locale, data.computedAt) })}</span>
          </p>
          <Alert variant={data.closed ? 'info' : 'warning'} testId="month-status">
            <p className="m-0">{t(data.closed ? 'mon.closed' : 'mon.open')}</p>
          </Alert>
          {data.corrections.length ? (
            <Alert variant="warning" heading={t('mon.corrections')} testId="corrections">
              <ul className="m-0">
                {data.corrections.map((c) => (
                  <li key={`${c.measure}|${c.month}|${c.version}`}>
                    {t('mon.correction', { month: formatMonth(locale, c.month), date: formatDate(locale, c.correctedAt), version: c.version, measure: measureNameOf(c.measure) })}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}

          <div className="monitoring-downloads" role="group" aria-label={t('mon.downloads')}>
            <span className="monitoring-label">{t('mon.downloads')}:</span>
            {formats.map((format) => (
              <a
                key={format}
                className="button button-secondary monitoring-button-compact"
                href={exportHref({ model, unit, month }, format)}
                download
                aria-label={t('mon.download.label', { unit: data.unit.name, month: formatMonth(locale, data.month), format: t(`mon.download.${format}`) })}
                data-testid={`download-${format}`}
              >
                {t(`mon.download.${format}`)}
              </a>
            ))}
          </div>

          {data.measures.length === 0 ? (
            <p>{t('mon.noMeasures')}</p>
          ) : (
            <>
              <section aria-labelledby="scoreboard-heading" className="jobspor-section">
                <h2 id="scoreboard-heading">{t('mon.score.title')}</h2>
                <Scoreboard report={data} names={names} />
              </section>
              <section aria-labelledby="measures-heading" className="jobspor-section">
                <h2 id="measures-heading">{t('mon.compare.title')}</h2>
                <div className="monitoring-cards">
                  {data.measures.map((measure) => (
                    <MeasureCard key={measure.id} report={data} measure={measure} name={measureNameOf(measure.id)} onOpenPersons={openPersons} />
                  ))}
                </div>
              </section>
            </>
          )}

          {continuousUnitKinds.includes(data.unit.kind) ? <ContinuousEffect model={model} unit={unit} unitName={data.unit.name} /> : null}

          {isLeder && units.data && data.measures.length ? (
            <section aria-labelledby="targets-heading" className="jobspor-section" data-testid="targets">
              <h2 id="targets-heading">{t('mon.targets.title')}</h2>
              <TargetsEditor model={model} units={units.data.units} measures={data.measures} names={names} onSaved={report.reload} />
            </section>
          ) : null}
        </div>
      ) : null}

      {persons ? <PersonsDialog request={persons} onClose={() => setPersons(null)} /> : null}
    </>
  );
}
