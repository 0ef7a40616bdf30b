/** A CV version shown read only, section by section. */
import type { CvContent } from '../../../api/records.ts';
import { useI18n } from '../../../i18n/index.tsx';
import { formatMonth } from '../../../labels.ts';
import { languageLevelLabel } from '../labels.ts';

export function CvView({ content, testId }: { content: CvContent; testId?: string }) {
  const { t, locale } = useI18n();
  const ongoing = t('rec.cv.ongoing');
  /** 'marts 2019 – nu'; empty when neither end is known. */
  const period = (from: string | null, to: string | null) =>
    !from && !to ? '' : `${from ? formatMonth(locale, from) : '?'} – ${to ? formatMonth(locale, to) : ongoing}`;
  return (
    <div className="records-cv-view" data-testid={testId}>
      <h4>{t('rec.cv.profile')}</h4>
      <p className="records-prewrap">{content.profile || t('common.none')}</p>

      <h4>{t('rec.cv.workExperience')}</h4>
      {content.workExperience.length ? (
        <ul className="records-plain-list">
          {content.workExperience.map((w, i) => (
            <li key={i}>
              <strong>{w.title}</strong>, {w.employer}
              {period(w.from, w.to) ? <span className="jobspor-muted"> ({period(w.from, w.to)})</span> : null}
              {w.tasks ? <span className="records-cell-note records-prewrap">{w.tasks}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.cv.noneInSection')}</p>
      )}

      <h4>{t('rec.cv.education')}</h4>
      {content.education.length ? (
        <ul className="records-plain-list">
          {content.education.map((e, i) => (
            <li key={i}>
              <strong>{e.title}</strong>, {e.institution}
              {period(e.from, e.to) ? <span className="jobspor-muted"> ({period(e.from, e.to)})</span> : null}
              {!e.completed ? <span className="jobspor-muted"> – {t('rec.cv.notCompleted')}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.cv.noneInSection')}</p>
      )}

      <h4>{t('rec.cv.courses')}</h4>
      {content.courses.length ? (
        <ul className="records-plain-list">
          {content.courses.map((c, i) => (
            <li key={i}>
              {c.title}
              {c.provider || c.year ? <span className="jobspor-muted"> ({[c.provider, c.year].filter(Boolean).join(', ')})</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.cv.noneInSection')}</p>
      )}

      <h4>{t('rec.cv.competences')}</h4>
      {content.competences.length ? (
        <ul className="records-tag-list">
          {content.competences.map((c, i) => (
            <li key={i} className="badge badge-info">
              {c}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.cv.noneInSection')}</p>
      )}

      <h4>{t('rec.cv.languages')}</h4>
      {content.languages.length ? (
        <ul className="records-plain-list">
          {content.languages.map((l, i) => (
            <li key={i}>
              {l.language}: {languageLevelLabel(t, l.level)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="jobspor-muted">{t('rec.cv.noneInSection')}</p>
      )}

      <h4>{t('rec.cv.drivingLicence')}</h4>
      <p>{content.drivingLicence.length ? content.drivingLicence.join(', ') : t('rec.cv.noLicence')}</p>

      <h4>{t('rec.cv.leisure')}</h4>
      <p className="records-prewrap">{content.leisure || t('common.none')}</p>
    </div>
  );
}
