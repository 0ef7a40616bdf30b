/**
 * The screen around a versioned record (plan, CV): the current version or
 * the edit form, the list of saved versions and an old version read only.
 */
import type { ReactNode } from 'react';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import type { Person } from '../../api/records.ts';
import { Alert } from '../Alert.tsx';
import { FocusedAlert } from '../placements/FocusedAlert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { FormActions } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import type { FormErrors } from './formErrors.ts';
import { personName } from './labels.ts';
import type { VersionedRecord } from './useVersionedRecord.ts';
import { VersionList } from './VersionList.tsx';

export interface PanelTexts {
  currentTitle: (no: number) => string;
  none: string;
  create: string;
  edit: string;
  newTitle: string;
  editTitle: (no: number) => string;
  save: string;
  saved: (no: number) => string;
  stale: string;
  reload: string;
  versions: string;
  oldTitle: (no: number) => string;
}

interface VersionedRecordPanelProps<C, D> {
  /** Prefix of test ids and element ids ("plan", "cv"). */
  id: string;
  record: VersionedRecord<C, D>;
  texts: PanelTexts;
  canEdit: boolean;
  renderView: (content: C, testId?: string) => ReactNode;
  renderEditor: (draft: D, setDraft: (draft: D) => void, errors: FormErrors) => ReactNode;
  /** Extra buttons beside "Rediger" (e.g. print the CV). */
  actions?: ReactNode;
}

function SavedBy({ at, by }: { at: string; by: Person | null }) {
  const { t, locale } = useI18n();
  return <p className="jobspor-muted">{t('rec.savedBy', { date: formatDateTime(locale, at), who: personName(t, by) })}</p>;
}

export function VersionedRecordPanel<C, D>({ id, record, texts, canEdit, renderView, renderEditor, actions }: VersionedRecordPanelProps<C, D>) {
  const { t } = useI18n();
  const { loaded, current, draft, errors } = record;

  if (loaded.loading && !loaded.data) return <Spinner />;
  if (loaded.error && !loaded.data) return <Alert variant="error">{errorText(t, loaded.error)}</Alert>;

  return (
    <>
      {record.saved !== null ? (
        <FocusedAlert variant="success" testId={`${id}-saved`} focusKey={record.saved}>
          {texts.saved(record.saved)}
        </FocusedAlert>
      ) : null}

      {draft !== null ? (
        <form onSubmit={record.submit} noValidate className="jobspor-form records-form" data-testid={`${id}-form`} aria-labelledby={`${id}-form-heading`}>
          <h3 id={`${id}-form-heading`}>{current ? texts.editTitle(current.versionNo) : texts.newTitle}</h3>
          {record.stale ? (
            <Alert variant="error" testId={`${id}-stale`}>
              <p className="m-0">{texts.stale}</p>
              <button type="button" className="button button-secondary mt-3" onClick={record.reloadIntoForm}>
                {texts.reload}
              </button>
            </Alert>
          ) : null}
          <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
          {renderEditor(draft, record.setDraft, errors)}
          <FormActions saving={record.saving} label={texts.save} testId={`${id}-save`} onCancel={record.cancel} />
        </form>
      ) : (
        <>
          <div className="records-heading-row">
            {current ? (
              <h3>{texts.currentTitle(current.versionNo)}</h3>
            ) : (
              <p className="m-0 records-empty" data-testid={`${id}-empty`}>
                {texts.none}
              </p>
            )}
            <div className="records-button-row">
              {actions}
              {canEdit ? (
                <button
                  type="button"
                  className={`button ${current ? 'button-secondary' : 'button-primary'}`}
                  onClick={record.startEditing}
                  data-testid={`${id}-edit`}
                >
                  {current ? texts.edit : texts.create}
                </button>
              ) : null}
            </div>
          </div>
          {current ? (
            <>
              <SavedBy at={current.createdAt} by={current.createdBy} />
              {renderView(current.content, `${id}-current`)}
            </>
          ) : null}
        </>
      )}

      <VersionList
        id={`${id}-versions`}
        heading={texts.versions}
        versions={record.versions}
        currentNo={current?.versionNo ?? null}
        viewing={record.viewing?.versionNo ?? null}
        onView={record.view}
      />
      {record.viewError ? <Alert variant="error">{record.viewError}</Alert> : null}
      {record.viewing ? (
        <section className="records-old-version" aria-labelledby={`${id}-old-heading`} data-testid={`${id}-old-version`}>
          <div className="records-heading-row">
            <h3 id={`${id}-old-heading`}>{texts.oldTitle(record.viewing.versionNo)}</h3>
            <button type="button" className="button button-tertiary jobspor-small-button" onClick={record.closeView}>
              {t('rec.versions.close')}
            </button>
          </div>
          <SavedBy at={record.viewing.createdAt} by={record.viewing.createdBy} />
          {renderView(record.viewing.content)}
        </section>
      ) : null}
    </>
  );
}
