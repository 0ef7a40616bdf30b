/**
 * The cost model's computed result: establishment, operation and total per
 * year and per citizen as big numbers (rounded to 100 kr. as 002 prints),
 * the breakdown by item and by role (tables beside bar charts) and the
 * sensitivity of the cost per citizen to citizens a year (002 Figure 6-3,
 * with its table).
 */
import { Suspense, useMemo } from 'react';
import type { Catalogue, CitizensBasis, CostResult, SensitivityRow } from '../../api/economics.ts';
import { useI18n } from '../../i18n/index.tsx';
import { nameIn } from '../../pages/models/text.ts';
import { Spinner } from '../Spinner.tsx';
import { BreakdownChart, SensitivityChart } from './charts.ts';
import { econColours, formatKr, formatNumber } from './format.ts';

export function CostPreview({ cost, sensitivity, citizens, catalogue }: { cost: CostResult; sensitivity: readonly SensitivityRow[]; citizens: CitizensBasis; catalogue: Catalogue | null }) {
  const { t, locale, lang } = useI18n();
  const kr = (v: number) => formatKr(locale, v);
  const itemName = (id: string) => {
    const found = catalogue?.items.find((i) => i.id === id);
    return found ? nameIn(lang, found.name) : id;
  };
  const roleName = (id: string | null) => {
    if (id === null) return t('econ.cost.noRole');
    const found = catalogue?.roles.find((r) => r.id === id);
    return found ? nameIn(lang, found.name) : id;
  };
  const phases = useMemo(
    () => [
      { id: 'establishment', label: t('econ.phase.establishment'), colour: econColours.establishment },
      { id: 'operation', label: t('econ.phase.operation'), colour: econColours.operation },
    ],
    [t],
  );
  // Per year, so establishment (spread over the period) and operation compare on one scale.
  const itemRows = useMemo(() => cost.byItem.map((i) => ({ label: itemName(i.itemId), value: i.perYear, group: i.phase })), [cost, catalogue, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const roleRows = useMemo(() => cost.byRole.map((r) => ({ label: roleName(r.roleId), value: r.total, group: r.phase })), [cost, catalogue, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = { citizensPerYear: cost.citizensPerYear, totalPerCitizen: cost.total.perCitizen };
  const sourceText = t(`econ.cost.citizensSource.${citizens.source}`);

  return (
    <div data-testid="econ-cost-result">
      <div className="econ-figures">
        {(['establishment', 'operation', 'total'] as const).map((part) => (
          <div key={part} className={`econ-figure econ-figure-${part}`} data-testid={`econ-figure-${part}`}>
            <p className="econ-figure-label">{t(`econ.cost.figure.${part}`)}</p>
            <p className="econ-figure-big" data-testid={`econ-${part}-per-citizen`}>
              {formatKr(locale, cost[part].perCitizen, 100)}
            </p>
            <p className="econ-figure-unit">{t('econ.cost.perCitizen')}</p>
            <p className="econ-figure-small" data-testid={`econ-${part}-per-year`}>
              {t('econ.cost.perYearIs', { amount: formatKr(locale, cost[part].perYear, 100) })}
            </p>
          </div>
        ))}
      </div>
      <p className="econ-muted" data-testid="econ-cost-basis">
        {t('econ.cost.basis', {
          citizens: formatNumber(locale, cost.citizensPerYear, 1),
          source: sourceText,
          years: formatNumber(locale, cost.operatingPeriodYears, 1),
          priceYear: cost.priceYear,
        })}
      </p>

      <h3>{t('econ.cost.byItem')}</h3>
      <div className="econ-figure-stack">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <BreakdownChart rows={itemRows} groups={phases} description={t('econ.cost.byItemChart')} testId="econ-item-chart" />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact econ-table" data-testid="econ-item-table">
            <caption>{t('econ.cost.byItemCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('econ.cost.item')}</th>
                <th scope="col">{t('econ.cost.phase')}</th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.total')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.perYear')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.perCitizenShort')}
                </th>
              </tr>
            </thead>
            <tbody>
              {cost.byItem.map((i) => (
                <tr key={i.itemId}>
                  <th scope="row" className="weight-normal">
                    {itemName(i.itemId)}
                  </th>
                  <td>{t(`econ.phase.${i.phase}`)}</td>
                  <td className="econ-num">{kr(i.total)}</td>
                  <td className="econ-num">{kr(i.perYear)}</td>
                  <td className="econ-num">{kr(i.perCitizen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h3>{t('econ.cost.byRole')}</h3>
      <div className="econ-figure-stack">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <BreakdownChart rows={roleRows} groups={phases} description={t('econ.cost.byRoleChart')} testId="econ-role-chart" />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact econ-table" data-testid="econ-role-table">
            <caption>{t('econ.cost.byRoleCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('econ.cost.role')}</th>
                <th scope="col">{t('econ.cost.phase')}</th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.hours')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {cost.byRole.map((r) => (
                <tr key={`${r.roleId ?? '-'}-${r.phase}`}>
                  <th scope="row" className="weight-normal">
                    {roleName(r.roleId)}
                  </th>
                  <td>{t(`econ.phase.${r.phase}`)}</td>
                  <td className="econ-num">{r.hours === 0 ? '–' : formatNumber(locale, r.hours, 1)}</td>
                  <td className="econ-num">{kr(r.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h3>{t('econ.sens.title')}</h3>
      <p className="econ-muted">{t('econ.sens.intro')}</p>
      <div className="econ-figure-grid">
        <Suspense fallback={<Spinner text={t('common.loading')} />}>
          <SensitivityChart rows={sensitivity} current={current} description={t('econ.sens.chart')} />
        </Suspense>
        <div className="table--responsive-scroll">
          <table className="table table--compact econ-table" data-testid="econ-sensitivity-table">
            <caption>{t('econ.sens.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="econ-num">
                  {t('econ.sens.citizens')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.phase.establishment')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.phase.operation')}
                </th>
                <th scope="col" className="econ-num">
                  {t('econ.cost.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {sensitivity.map((row) => (
                <tr key={row.citizensPerYear} className={row.citizensPerYear === cost.citizensPerYear ? 'econ-current-row' : undefined}>
                  <th scope="row" className="econ-num weight-normal">
                    {formatNumber(locale, row.citizensPerYear, 1)}
                    {row.citizensPerYear === cost.citizensPerYear ? <span className="econ-current-mark"> {t('econ.sens.currentShort')}</span> : null}
                  </th>
                  <td className="econ-num">{kr(row.establishmentPerCitizen)}</td>
                  <td className="econ-num">{kr(row.operationPerCitizen)}</td>
                  <td className="econ-num">{kr(row.totalPerCitizen)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
