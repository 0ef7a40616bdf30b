/**
 * Upload of one register extract: the kind, an optional stored code list and
 * the file. The file goes to the server as the raw request body
 * (application/octet-stream) with XMLHttpRequest for its upload progress;
 * then the server's import job is polled for its phases and rows read until
 * it is done, and its validation report is shown.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { registerKinds, registersApi, uploadRegisterFile } from '../../api/registers.ts';
import type { CodeListBody, ImportJob, RegisterKindName, Upload } from '../../api/registers.ts';
import { ApiError } from '../../api/client.ts';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { SelectField } from '../FormFields.tsx';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '../../labels.ts';
import { ValidationReport } from './ValidationReport.tsx';

type State =
  | { step: 'idle' }
  | { step: 'uploading'; sent: number; total: number }
  | { step: 'job'; job: ImportJob }
  | { step: 'failed'; message: string }
  | { step: 'aborted' };

const pollMs = 500;

function sizeText(locale: string, bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(locale, Math.ceil(bytes / 1024))} kB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}

export function UploadForm({ codeLists, onImported }: { codeLists: readonly CodeListBody[]; onImported: () => void }) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<RegisterKindName>('benefit_weeks');
  const [codeList, setCodeList] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [errors, setErrors] = useState<{ items: SummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const upload = useRef<Upload | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      upload.current?.abort();
    };
  }, []);

  const busy = state.step === 'uploading' || (state.step === 'job' && state.job.phase !== 'done' && state.job.phase !== 'failed');

  async function poll(jobId: string) {
    for (;;) {
      let job: ImportJob;
      try {
        job = await registersApi.job(jobId);
      } catch (error) {
        if (alive.current) setState({ step: 'failed', message: errorText(t, error) });
        return;
      }
      if (!alive.current) return;
      setState({ step: 'job', job });
      if (job.phase === 'done' || job.phase === 'failed') {
        onImported();
        return;
      }
      await new Promise((resolve) => window.setTimeout(resolve, pollMs));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setErrors((e) => ({ items: [{ fieldId: 'register-file', message: t('reg.upload.noFile') }], attempt: e.attempt + 1 }));
      return;
    }
    setErrors((e) => ({ items: [], attempt: e.attempt }));
    setState({ step: 'uploading', sent: 0, total: file.size });
    const current = uploadRegisterFile(file, { kind, fileName: file.name, codeList }, (sent, total) => {
      if (alive.current) setState({ step: 'uploading', sent, total });
    });
    upload.current = current;
    try {
      const { jobId } = await current.done;
      upload.current = null;
      await poll(jobId);
    } catch (error) {
      upload.current = null;
      if (!alive.current) return;
      if (error instanceof DOMException && error.name === 'AbortError') setState({ step: 'aborted' });
      else if (error instanceof ApiError && Object.keys(error.fields).length) {
        setState({ step: 'idle' });
        setErrors((e) => ({ items: Object.values(error.fields).map((message) => ({ fieldId: '', message })), attempt: e.attempt + 1 }));
      } else setState({ step: 'failed', message: errorText(t, error) });
    }
  }

  const fileError = errors.items.find((e) => e.fieldId === 'register-file')?.message;
  const job = state.step === 'job' ? state.job : null;

  return (
    <form onSubmit={submit} noValidate data-testid="upload-form">
      <ErrorSummary items={errors.items} focusKey={errors.attempt} />
      <div className="registers-fields">
        <SelectField
          id="register-kind"
          label={t('reg.upload.kind')}
          value={kind}
          onValue={(v) => setKind((registerKinds.find((k) => k === v) ?? 'benefit_weeks'))}
          options={registerKinds.map((k) => ({ value: k, label: t(`reg.kind.${k}`) }))}
          disabled={busy}
        />
        <SelectField
          id="register-code-list"
          label={t('reg.upload.codeList')}
          hint={t('reg.upload.codeListHint')}
          value={codeList}
          onValue={setCodeList}
          options={[
            { value: '', label: t('reg.upload.identity') },
            ...codeLists.map((c) => ({ value: `${c.name}:${c.version}`, label: t('reg.upload.codeListOption', { name: c.name, version: c.version }) })),
          ]}
          disabled={busy || kind !== 'benefit_weeks'}
          optional
        />
      </div>
      <div className={`form-group${fileError ? ' form-error' : ''}`}>
        <label className="form-label" htmlFor="register-file">
          {t('reg.upload.file')}
        </label>
        <span className="form-hint" id="register-file-hint">
          {t('reg.upload.fileHint')}
        </span>
        {fileError ? (
          <span className="form-error-message" id="register-file-error">
            <span className="sr-only">{t('common.errorPrefix')} </span>
            {fileError}
          </span>
        ) : null}
        <input
          id="register-file"
          type="file"
          className="form-file-input"
          accept=".csv,.txt,.parquet,text/csv"
          aria-describedby={`register-file-hint${fileError ? ' register-file-error' : ''}`}
          aria-invalid={fileError ? true : undefined}
          disabled={busy}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          data-testid="register-file"
        />
      </div>
      <div className="registers-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="upload-submit">
          {t('reg.upload.submit')}
        </button>
        {state.step === 'uploading' ? (
          <button type="button" className="button button-secondary" onClick={() => upload.current?.abort()}>
            {t('reg.upload.cancel')}
          </button>
        ) : null}
      </div>

      {state.step === 'uploading' || job ? <Progress state={state} /> : null}
      {state.step === 'failed' ? (
        <Alert variant="error" testId="upload-failed">
          <p className="m-0">{t('reg.upload.failed', { message: state.message })}</p>
        </Alert>
      ) : null}
      {state.step === 'aborted' ? <Alert variant="info">{t('reg.upload.aborted')}</Alert> : null}
      {job?.phase === 'failed' && job.error ? (
        <Alert variant="error" testId="upload-failed">
          <p className="m-0">{t('reg.upload.failed', { message: job.error.message })}</p>
        </Alert>
      ) : null}
      {job?.phase === 'done' && job.outcome ? (
        <div className="mt-5" data-testid="upload-outcome">
          {job.outcome.importId !== null ? (
            <Alert variant="success" testId="upload-done">
              <p className="m-0">{t('reg.upload.imported', { id: job.outcome.importId })}</p>
            </Alert>
          ) : (
            <Alert variant="warning">
              <p className="m-0">{t('reg.upload.notImported')}</p>
            </Alert>
          )}
          <h3 className="h4">{t('reg.report.title')}</h3>
          <ValidationReport report={job.outcome.report} idPrefix="upload" />
        </div>
      ) : null}
    </form>
  );
}

/** The DKFDS-styled progress bar: bytes sent, then the server's phases (bytes read when it knows the total). */
function Progress({ state }: { state: State }) {
  const { t, locale } = useI18n();
  let value: number | undefined;
  let max = 1;
  let phase: ImportJob['phase'] = 'uploading';
  let detail = '';
  if (state.step === 'uploading') {
    value = state.sent;
    max = Math.max(state.total, 1);
    detail = t('reg.upload.sent', { sent: sizeText(locale, state.sent), total: sizeText(locale, state.total) });
  } else if (state.step === 'job') {
    const j = state.job;
    phase = j.phase;
    if (j.phase === 'done') {
      value = 1;
    } else if (j.bytesTotal) {
      value = j.bytesRead;
      max = j.bytesTotal;
    }
    detail = t('reg.upload.rowsRead', { rows: formatNumber(locale, j.rowsRead) });
  }
  return (
    <div className="registers-progress" data-testid="upload-progress">
      <label htmlFor="register-progress" className="form-label">
        {t('reg.upload.progress')}: <span data-testid="upload-phase">{t(`reg.phase.${phase}`)}</span>
      </label>
      <progress id="register-progress" max={max} value={value} aria-describedby="register-progress-detail" />
      <p id="register-progress-detail" className="registers-progress-detail" aria-live="polite" data-testid="upload-detail">
        {detail}
      </p>
    </div>
  );
}
