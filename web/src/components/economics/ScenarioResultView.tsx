/**
 * A scenario's result: the net result per citizen and for the cohort split
 * between kommune and stat, the interval when the change rests on an effect
 * estimate (low, estimate, high), the waterfall of the net result (by
 * consequence or by year) with its table, and the year-by-year table with
 * the cumulative result and the break-even year.
 */
import { Suspense, useMemo, useState } from 'react';
import type { EvidenceResult, ScenarioResult } from '../../api/economics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { RadioGroup, SelectField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { WaterfallChart } from './charts.ts';
import { formatKr, formatNumber } from './format.ts';

type Actor = 'total' | 'municipality' | 'state';
const actors: readonly Actor[] = ['municipality', 'state', 'total'];

export function ScenarioResultView({ scenario, evidence }: { scenario: ScenarioResult; evidence: EvidenceResult | null }) {
  const { t, locale } = useI18n();
  const [actor, setActor] = useState<Actor>('total');
  const [by, setBy] = useState<'consequence' | 'year'>('consequence');
  const kr = (v: number) => formatKr(locale, v);
  const per = scenario.perCitizen;
  const cohort = scenario.cohort;

  const steps = useMemo(
    () =>
      by === 'consequence'
        ? [{ label: t('econ.scen.investment'), value: -per.investment[actor] }, ...per.byConsequence.map((c) => ({ label: t(`econ.consequenceShort.${c.consequence}`), value: c.value[actor] }))]
        : per.years.map((y) => ({ label: t('econ.scen.yearN', { year: y.year }), value: y.flow[actor] })),
    [by, actor, per, t],
  );
  const breakEven = (year: number | null) => (year === null ? t('econ.scen.noBreakEven') : t('econ.scen.yearN', { year }));

  return (
    <div data-testid="econ-scenario-result">
      <div className="econ-figures">
        <div className="econ-figure" data-testid="econ-net-per-citizen">
          <p className="econ-figure-label">{t('econ.scen.netPerCitizen')}</p>
          <p className={`econ-figure-big${per.net.total < 0 ? ' econ-negative' : ''}`} data-testid="econ-net-total">
            {formatKr(locale, per.net.total, 100)}
          </p>
          <p className="econ-figure-small">
            {t('econ.actor.municipality')}: {formatKr(locale, per.net.municipality, 100)} · {t('econ.actor.state')}: {formatKr(locale, per.net.state, 100)}
          </p>
        </div>
        <div className="econ-figure" data-testid="econ-net-cohort">
          <p className="econ-figure-label">{t('econ.scen.netCohort', { n: formatNumber(locale, scenario.cohortSize, 0) })}</p>
          <p className={`econ-figure-big${cohort.net.total < 0 ? ' econ-negative' : ''}`}>{formatKr(locale, cohort.net.total, 100)}</p>
          <p className="econ-figure-small">
            {t('econ.actor.municipality')}: {formatKr(locale, cohort.net.municipality, 100)} · {t('econ.actor.state')}: {formatKr(locale, cohort.net.state, 100)}
          </p>
        </div>
        <div className="econ-figure" data-testid="econ-break-even">
          <p className="econ-figure-label">{t('econ.scen.breakEven')}</p>
          <p className="econ-figure-big">{breakEven(per.breakEvenYear.total)}</p>
          <p className="econ-figure-small">
            {t('econ.actor.municipality')}: {breakEven(per.breakEvenYear.municipality)} · {t('econ.actor.state')}: {breakEven(per.breakEvenYear.state)}
          </p>
        </div>
      </div>
      <p className="econ-muted">
        {t('econ.scen.terms', {
          horizon: scenario.horizonYears,
          offset: scenario.startOffsetYears,
          rate: formatNumber(locale, scenario.discountRate * 100, 2),
          priceYear: scenario.priceYear,
        })}{' '}
        {scenario.unitPrices.status === 'calibrated' ? t('econ.scen.calibratedNote') : null}
      </p>

      <div className="table--responsive-scroll">
        <table className="table table--compact econ-table" data-testid="econ-scenario-split">
          <caption>{t('econ.scen.splitCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('econ.scen.what')}</th>
              {actors.map((a) => (
                <th key={a} scope="col" className="econ-num">
                  {t(`econ.actor.${a}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['investment', 'returns', 'net'] as const).map((part) => (
              <tr key={part}>
                <th scope="row">{t(`econ.scen.perCitizen.${part}`)}</th>
                {actors.map((a) => (
                  <td key={a} className="econ-num">
                    {kr(part === 'investment' ? -per[part][a] : per[part][a])}
                  </td>
                ))}
              </tr>
            ))}
            {per.byConsequence.map((c) => (
              <tr key={c.consequence} className="econ-sub-row">
                <th scope="row" className="weight-normal">
                  {t('econ.scen.ofWhich', { what: t(`econ.consequence.${c.consequence}`), qty: formatNumber(locale, c.quantityPerYear, 2) })}
                </th>
                {actors.map((a) => (
                  <td key={a} className="econ-num">
                    {kr(c.value[a])}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('econ.scen.cohortNet', { n: formatNumber(locale, scenario.cohortSize, 0) })}</th>
              {actors.map((a) => (
                <td key={a} className="econ-num">
                  {kr(cohort.net[a])}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      {evidence ? <EvidenceInterval evidence={evidence} /> : null}

      <h3>{t('econ.waterfall.title')}</h3>
      <div className="econ-inline" role="group" aria-label={t('econ.waterfall.choices')}>
        <SelectField id="econ-waterfall-actor" label={t('econ.waterfall.actor')} value={actor} onValue={(v) => setActor(v as Actor)} options={(['total', 'municipality', 'state'] as const).map((a) => ({ value: a, label: t(`econ.actor.${a}`) }))} />
        <RadioGroup
          id="econ-waterfall-by"
          name="econ-waterfall-by"
          legend={t('econ.waterfall.by')}
          value={by}
          onValue={(v) => setBy(v === 'year' ? 'year' : 'consequence')}
          options={[
            { value: 'consequence', label: t('econ.waterfall.byConsequence') },
            { value: 'year', label: t('econ.waterfall.byYear') },
          ]}
        />
      </div>
      <div className="econ-figure-grid">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <WaterfallChart steps={steps} netLabel={t('econ.waterfall.net')} description={t('econ.waterfall.chart')} />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact econ-table" data-testid="econ-years-table">
            <caption>{t('econ.scen.yearsCaption', { actor: t(`econ.actor.${actor}`) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('econ.scen.year')}</th>
                <th scope="col" className="econ-num">
                  {t('econ.scen.flow')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.scen.cumulative')}
                </th>
              </tr>
            </thead>
            <tbody>
              {per.years.map((y) => (
                <tr key={y.year} className={y.year === per.breakEvenYear[actor] ? 'econ-current-row' : undefined}>
                  <th scope="row" className="weight-normal">
                    {t('econ.scen.yearN', { year: y.year })}
                    {y.year === per.breakEvenYear[actor] ? <span className="econ-current-mark"> {t('econ.scen.breakEvenMark')}</span> : null}
                  </th>
                  <td className="econ-num">{kr(y.flow[actor])}</td>
                  <td className={`econ-num${y.cumulative[actor] < 0 ? ' econ-negative' : ''}`}>{kr(y.cumulative[actor])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('econ.waterfall.net')}</th>
                <td className="econ-num" />
                <td className="econ-num">{kr(per.net[actor])}</td>
              </tr>
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}

/** The net result at the effect's interval: a range bar per actor and the numbers. */
function EvidenceInterval({ evidence }: { evidence: EvidenceResult }) {
  const { t, locale } = useI18n();
  const intervals = evidence.netPerCitizen;
  const all = actors.flatMap((a) => [intervals[a].low, intervals[a].high, intervals[a].estimate, 0]);
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min || 1;
  const at = (v: number) => `${((v - min) / span) * 100}%`;
  const q = evidence.quantityPerYear;
  return (
    <section className="econ-evidence" aria-labelledby="econ-evidence-heading" data-testid="econ-evidence">
      <h3 id="econ-evidence-heading">{t('econ.ev.title')}</h3>
      <p>
        {t('econ.ev.quantity', {
          what: t(`econ.consequence.${evidence.consequence}`),
          estimate: formatNumber(locale, q.estimate, 2),
          low: formatNumber(locale, q.low, 2),
          high: formatNumber(locale, q.high, 2),
          level: evidence.level === null ? '' : `${formatNumber(locale, evidence.level * 100, 0)} % `,
        })}
      </p>
      <div className="econ-ranges" aria-hidden="true">
        {actors.map((a) => (
          <div key={a} className="econ-range-row">
            <span className="econ-range-label">{t(`econ.actor.${a}`)}</span>
            <span className="econ-range-track">
              <span className="econ-range-zero" style={{ left: at(0) }} />
              <span className="econ-range-bar" style={{ left: at(intervals[a].low), width: `${((intervals[a].high - intervals[a].low) / span) * 100}%` }} />
              <span className="econ-range-point" style={{ left: at(intervals[a].estimate) }} />
            </span>
          </div>
        ))}
      </div>
      <div className="table--responsive-scroll">
        <table className="table table--compact econ-table" data-testid="econ-evidence-table">
          <caption>{t('econ.ev.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('econ.scen.what')}</th>
              <th scope="col" className="econ-num">
                {t('econ.ev.low')}
              </th>
              <th scope="col" className="econ-num">
                {t('econ.ev.estimate')}
              </th>
              <th scope="col" className="econ-num">
                {t('econ.ev.high')}
              </th>
            </tr>
          </thead>
          <tbody>
            {actors.map((a) => (
              <tr key={a}>
                <th scope="row">{t(`econ.actor.${a}`)}</th>
                <td className="econ-num">{formatKr(locale, intervals[a].low)}</td>
                <td className="econ-num">{formatKr(locale, intervals[a].estimate)}</td>
                <td className="econ-num">{formatKr(locale, intervals[a].high)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
