/** Success criteria or KPIs: wording, unit, denominator, target and source. */
import { useI18n } from '../../i18n/index.tsx';
import type { Measure } from '../../api/models.ts';
import { SourceRef } from './SourceRef.tsx';
import { label, nameIn } from './text.ts';

interface MeasureTableProps {
  id: string;
  heading: string;
  measures: readonly Measure[];
}

export function MeasureTable({ id, heading, measures }: MeasureTableProps) {
  const { t, lang, locale } = useI18n();
  const number = (value: number) => new Intl.NumberFormat(locale).format(value);
  return (
    <section className="jobspor-section" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      {measures.length === 0 ? (
        <p>{t('models.noMeasures')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          <table className="table table--compact jobspor-table models-table">
            <thead>
              <tr>
                <th scope="col">{t('models.col.name')}</th>
                <th scope="col">{t('models.col.wording')}</th>
                <th scope="col">{t('models.col.unit')}</th>
                <th scope="col">{t('models.col.denominator')}</th>
                <th scope="col">{t('models.col.target')}</th>
                <th scope="col">{t('models.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {measures.map((m) => (
                <tr key={m.id} data-testid={`measure-${m.id}`}>
                  <th scope="row" className="models-row-head">
                    {nameIn(lang, m.name)}
                    <span className="models-muted-block">
                      <code>{m.id}</code>
                    </span>
                  </th>
                  <td>{m.wording}</td>
                  <td>{label(t, 'models.measureUnit', m.unit)}</td>
                  <td>{m.denominator ?? t('models.none')}</td>
                  <td className="jobspor-nowrap">
                    {m.target ? `${t(`models.target.${m.target.comparison}`, { value: number(m.target.value) })} ${label(t, 'models.measureUnit', m.unit)}` : t('models.none')}
                  </td>
                  <td>
                    <SourceRef source={m.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
