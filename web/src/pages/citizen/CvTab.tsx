/**
 * CV: the citizen's structured CV (one per citizen, across courses), saved
 * as versions, with the printable Kompetence-CV and a PDF download.
 */
import { recordsApi } from '../../api/records.ts';
import type { CvContent } from '../../api/records.ts';
import { Icon } from '../../components/Icon.tsx';
import { CvEditor } from '../../components/records/cv/CvEditor.tsx';
import { CvView } from '../../components/records/cv/CvView.tsx';
import { checkCv, contentOf, draftOf, emptyCv } from '../../components/records/cv/cvForm.ts';
import type { CvDraft } from '../../components/records/cv/cvForm.ts';
import { useVersionedRecord } from '../../components/records/useVersionedRecord.ts';
import { VersionedRecordPanel } from '../../components/records/VersionedRecordPanel.tsx';
import { useT } from '../../i18n/index.tsx';
import '../../styles/records.css';

export function CvTab({ citizenId, canEdit }: { citizenId: string; canEdit: boolean }) {
  const t = useT();
  const record = useVersionedRecord<CvContent, CvDraft>(
    {
      errorPrefix: 'cv',
      load: () => recordsApi.cv(citizenId),
      loadVersion: (no) => recordsApi.cvVersion(citizenId, no),
      save: (base, content) => recordsApi.saveCv(citizenId, base, content),
      empty: emptyCv,
      toDraft: draftOf,
      fromDraft: contentOf,
      check: (draft) => checkCv(t, draft),
    },
    [citizenId],
  );
  const actions = record.current ? (
    <>
      <a
        className="button button-secondary"
        href={recordsApi.cvPrintUrl(citizenId)}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="cv-print"
      >
        <Icon name="print" />
        {t('rec.cv.print')}
        <span className="sr-only"> {t('rec.newWindow')}</span>
      </a>
      <a className="button button-secondary" href={recordsApi.cvPdfUrl(citizenId)} download data-testid="cv-pdf">
        <Icon name="download" />
        {t('rec.cv.pdf')}
      </a>
    </>
  ) : null;
  return (
    <section aria-labelledby="cv-heading">
      <h2 id="cv-heading">{t('rec.tab.cv')}</h2>
      <p className="jobspor-muted records-intro">{t('rec.cv.intro')}</p>
      <VersionedRecordPanel
        id="cv"
        record={record}
        canEdit={canEdit}
        actions={actions}
        texts={{
          currentTitle: (no) => t('rec.cv.currentTitle', { no }),
          none: t('rec.cv.none'),
          create: t('rec.cv.create'),
          edit: t('rec.cv.edit'),
          newTitle: t('rec.cv.newTitle'),
          editTitle: (no) => t('rec.cv.editTitle', { no }),
          save: t('rec.cv.save'),
          saved: (no) => t('rec.cv.saved', { no }),
          stale: t('rec.cv.stale'),
          reload: t('rec.cv.reload'),
          versions: t('rec.cv.versions'),
          oldTitle: (no) => t('rec.cv.oldTitle', { no }),
        }}
        renderView={(content, testId) => <CvView content={content} {...(testId ? { testId } : {})} />}
        renderEditor={(draft, setDraft, errors) => <CvEditor draft={draft} onDraft={setDraft} errors={errors} />}
      />
    </section>
  );
}
