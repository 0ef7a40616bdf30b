/** Visitation: how citizens are placed in groups or tracks, with the shares the source reports. */
import { useI18n } from '../../i18n/index.tsx';
import type { ModelDefinition } from '../../api/models.ts';
import { SourceRef } from './SourceRef.tsx';
import { nameIn } from './text.ts';

export function VisitationSection({ definition }: { definition: ModelDefinition }) {
  const { t, lang, locale } = useI18n();
  const visitation = definition.visitation;
  return (
    <section className="jobspor-section" aria-labelledby="visitation-heading" data-testid="visitation">
      <h2 id="visitation-heading">{t('models.visitation')}</h2>
      {!visitation ? (
        <p className="jobspor-prose">{t('models.noVisitation')}</p>
      ) : (
        <>
          <p className="jobspor-prose">
            <strong>{t('models.visitation.method', { method: t(`models.visitation.${visitation.method}`) })}.</strong> {visitation.description}{' '}
            <SourceRef source={visitation.source} prefix />
          </p>
          <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="visitation-heading">
            <table className="table table--compact jobspor-table models-table" data-testid="visitation-groups">
              <thead>
                <tr>
                  <th scope="col">{t('models.col.group')}</th>
                  <th scope="col">{t('models.col.name')}</th>
                  <th scope="col">{t('models.col.description')}</th>
                  <th scope="col">{t('models.col.participates')}</th>
                  <th scope="col">{t('models.col.share')}</th>
                </tr>
              </thead>
              <tbody>
                {visitation.groups.map((group) => (
                  <tr key={group.id} data-testid={`group-${group.id}`}>
                    <td>
                      <code>{group.id}</code>
                    </td>
                    <th scope="row" className="jobspor-row-head models-row-head">
                      {nameIn(lang, group.name)}
                    </th>
                    <td>{group.description}</td>
                    <td>{group.participates ? t('models.yes') : t('models.no')}</td>
                    <td className="jobspor-nowrap">
                      {group.reportedShare ? (
                        <>
                          {t('models.share', { percent: new Intl.NumberFormat(locale).format(group.reportedShare.percent) })}
                          <span className="models-muted-block">
                            <SourceRef source={group.reportedShare.source} />
                          </span>
                        </>
                      ) : (
                        t('models.none')
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {visitation.exclusionReasons?.length ? (
            <>
              <h3 className="h5">{t('models.exclusionReasons')}</h3>
              <ul>
                {visitation.exclusionReasons.map((reason) => (
                  <li key={reason.id}>
                    {reason.label} <code>{reason.id}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
