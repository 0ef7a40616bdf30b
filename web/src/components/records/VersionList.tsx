/** Saved versions of a plan or CV: who saved each and when, with "Vis" for old ones. */
import type { VersionInfo } from '../../api/records.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import { personName } from './labels.ts';

interface VersionListProps {
  id: string;
  heading: string;
  versions: VersionInfo[];
  currentNo: number | null;
  viewing: number | null;
  onView: (versionNo: number) => void;
}

export function VersionList({ id, heading, versions, currentNo, viewing, onView }: VersionListProps) {
  const { t, locale } = useI18n();
  const sorted = [...versions].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <section aria-labelledby={`${id}-heading`} className="jobspor-section">
      <h3 id={`${id}-heading`}>{heading}</h3>
      {!sorted.length ? (
        <p className="jobspor-muted">{t('rec.versions.none')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-heading`}>
          <table className="table table--compact table--zebra jobspor-table" data-testid={`${id}-table`}>
            <thead>
              <tr>
                <th scope="col">{t('rec.versions.no')}</th>
                <th scope="col">{t('rec.versions.savedAt')}</th>
                <th scope="col">{t('rec.versions.savedBy')}</th>
                <th scope="col">
                  <span className="sr-only">{t('col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((version) => (
                <tr key={version.versionNo}>
                  <th scope="row" className="jobspor-row-head">
                    {t('rec.versions.label', { no: version.versionNo })}
                    {version.versionNo === currentNo ? <span className="badge badge-info records-badge">{t('rec.versions.current')}</span> : null}
                  </th>
                  <td>{formatDateTime(locale, version.createdAt)}</td>
                  <td>{personName(t, version.createdBy)}</td>
                  <td className="jobspor-row-actions">
                    {version.versionNo !== currentNo ? (
                      <button
                        type="button"
                        className="button button-tertiary jobspor-small-button"
                        onClick={() => onView(version.versionNo)}
                        aria-pressed={viewing === version.versionNo}
                        data-testid={`${id}-view-${version.versionNo}`}
                      >
                        {t('rec.versions.view', { no: version.versionNo })}
                      </button>
                    ) : null}
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
