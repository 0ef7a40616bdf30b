/**
 * Importér virksomheder: a CSV file (chosen and read in the browser as
 * UTF-8, or pasted) is previewed by the server (POST
 * /api/companies/import/preview, writes nothing): per line what would
 * happen (opret/opdater/uændret/fejl), which columns change, and each
 * error with line, column and message. "Importér" is offered only for a
 * preview without errors of exactly the text shown, and writes everything
 * in one transaction (POST /api/companies/import).
 */
import { useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { companyApi } from '../../api/companies.ts';
import type { ImportPreview, ImportRow } from '../../api/companies.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import type { SummaryItem } from '../../components/ErrorSummary.tsx';
import { Icon } from '../../components/Icon.tsx';
import { Spinner } from '../../components/Spinner.tsx';
import { downloadCsv } from '../../components/csv/download.ts';
import { CompaniesNav } from '../../components/companies/CompaniesNav.tsx';
import { DataTable } from '../../components/companies/DataTable.tsx';
import { columnNames, importColumnInfo, importColumnName, importExampleCsv, maxImportBytes, parseRowErrorKey, utf8Bytes } from '../../components/companies/importFormat.ts';
import { importActionLabel } from '../../components/companies/labels.ts';
import { importRowColumns } from '../../components/companies/listColumns.ts';
import { Notice, noNotice, notice } from '../../components/companies/Notice.tsx';
import { errorText, usePageTitle } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/index.tsx';
import { formatNumber } from '../../labels.ts';
import '../../components/companies/companies.css';
import '../../components/csv/csv.css';

const summaryItems = [
  ['total', 'companies.import.sum.total'],
  ['create', 'companies.import.sum.create'],
  ['update', 'companies.import.sum.update'],
  ['unchanged', 'companies.import.sum.unchanged'],
  ['errors', 'companies.import.sum.errors'],
] as const satisfies readonly (readonly [keyof ImportPreview['summary'], MessageKey])[];

const actionBadge: Record<ImportRow['action'], string> = { create: 'badge-success', update: 'badge-info', unchanged: '', error: 'badge-error' };

export function ImportPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('companies.import.title'));
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState('');
  const [preview, setPreview] = useState<{ text: string; result: ImportPreview } | null>(null);
  const [busy, setBusy] = useState<'' | 'reading' | 'preview' | 'import'>('');
  const [errors, setErrors] = useState<{ items: SummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const [refused, setRefused] = useState<{ line: number; column: string; message: string }[]>([]);
  const [message, setMessage] = useState(noNotice);
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const showErrors = (items: SummaryItem[]) => setErrors((e) => ({ items, attempt: e.attempt + 1 }));
  const clearErrors = () => setErrors((e) => ({ items: [], attempt: e.attempt }));

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    clearErrors();
    if (file.size > maxImportBytes) {
      showErrors([{ fieldId: 'import-file', message: t('companies.import.tooLarge', { size: formatNumber(locale, Math.ceil(file.size / 1024)) }) }]);
      return;
    }
    setBusy('reading');
    const reader = new FileReader();
    reader.onload = () => {
      setText(typeof reader.result === 'string' ? reader.result : '');
      setFileName(file.name);
      setPreview(null);
      setRefused([]);
      setBusy('');
    };
    reader.onerror = () => {
      showErrors([{ fieldId: 'import-file', message: t('companies.import.readFailed') }]);
      setBusy('');
    };
    reader.readAsText(file, 'UTF-8');
  }

  function check(): boolean {
    if (!text.trim()) {
      showErrors([{ fieldId: 'import-text', message: t('companies.import.empty') }]);
      return false;
    }
    if (utf8Bytes(text) > maxImportBytes) {
      showErrors([{ fieldId: 'import-text', message: t('companies.import.tooLarge', { size: formatNumber(locale, Math.ceil(utf8Bytes(text) / 1024)) }) }]);
      return false;
    }
    return true;
  }

  async function runPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !check()) return;
    setBusy('preview');
    setRefused([]);
    setMessage(noNotice);
    try {
      const result = await companyApi.previewImport(text);
      setPreview({ text, result });
      clearErrors();
      // The preview button is disabled while it works and loses focus: go on at the result.
      window.requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      setPreview(null);
      showErrors(apiErrors(error));
    } finally {
      setBusy('');
    }
  }

  async function runImport() {
    if (busy || !preview || preview.text !== text) return;
    setBusy('import');
    try {
      const result = await companyApi.runImport(text);
      setPreview(null);
      setRefused([]);
      setText('');
      setFileName('');
      if (fileInput.current) fileInput.current.value = '';
      clearErrors();
      setMessage((m) => notice(m, t('companies.import.done', { created: result.created, updated: result.updated, unchanged: result.unchanged })));
    } catch (error) {
      const rows = rowErrors(error);
      if (rows.length) {
        setRefused(rows);
        showErrors([{ fieldId: '', message: t('companies.import.refused', { count: rows.length }) }]);
      } else {
        showErrors(apiErrors(error));
      }
    } finally {
      setBusy('');
    }
  }

  /** A refused import names its errors `row.<line>.<column>`; anything else is shown as the server says it. */
  function rowErrors(error: unknown) {
    if (!(error instanceof ApiError)) return [];
    return Object.entries(error.fields)
      .map(([key, msg]) => {
        const where = parseRowErrorKey(key);
        return where ? { ...where, message: msg } : null;
      })
      .filter((e): e is { line: number; column: string; message: string } => e !== null)
      .sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
  }

  function apiErrors(error: unknown): SummaryItem[] {
    if (error instanceof ApiError && Object.keys(error.fields).length) {
      return Object.entries(error.fields).map(([field, msg]) => ({ fieldId: field === 'csv' ? 'import-text' : '', message: msg }));
    }
    return [{ fieldId: '', message: errorText(t, error) }];
  }

  const summary = preview?.result.summary;
  const current = preview !== null && preview.text === text;
  const canImport = current && summary !== undefined && summary.errors === 0 && summary.total > 0 && !busy;
  const columns = importRowColumns(t, locale);
  const columnName = (key: string) => importColumnName(t, locale, key);

  return (
    <>
      <CompaniesNav />
      <h1>{t('companies.import.title')}</h1>
      <p className="font-lead jobspor-prose">{t('companies.import.intro')}</p>
      <Notice state={message} testId="import-notice" />

      <section className="companies-section" aria-labelledby="import-columns-heading">
        <div className="companies-section-head">
          <h2 id="import-columns-heading">{t('companies.import.columnsHeading')}</h2>
          <button type="button" className="button button-secondary csv-export" onClick={() => downloadCsv('virksomheder-eksempel.csv', importExampleCsv())} data-testid="import-example">
            <Icon name="download" />
            {t('companies.import.example')}
          </button>
        </div>
        <p className="jobspor-prose">{t('companies.import.columnsIntro')}</p>
        <DataTable
          caption={t('companies.import.columnsHeading')}
          columns={[
            { id: 'name', header: t('companies.import.column'), value: (c) => columnNames(t, c) },
            { id: 'required', header: t('companies.import.required'), value: (c) => (c.required ? t('companies.yes') : t('companies.no')) },
            { id: 'description', header: t('companies.import.description'), value: (c) => t(c.description) },
          ]}
          rows={importColumnInfo}
          rowKey={(c) => c.key}
          render={{ name: (c) => <code>{columnNames(t, c)}</code> }}
          testId="import-columns"
        />
      </section>

      <form className="companies-section jobspor-form" onSubmit={runPreview} noValidate aria-labelledby="import-form-heading">
        <h2 id="import-form-heading">{t('companies.import.fileHeading')}</h2>
        <ErrorSummary items={errors.items} focusKey={errors.attempt} />
        <div className="form-group">
          <label className="form-label" htmlFor="import-file">
            {t('companies.import.file')}
          </label>
          <span className="form-hint" id="import-file-hint">
            {t('companies.import.fileHint')}
          </span>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="form-input"
            onChange={chooseFile}
            ref={fileInput}
            aria-describedby="import-file-hint"
            data-testid="import-file"
          />
          {fileName ? <p className="companies-muted m-0">{t('companies.import.fileRead', { name: fileName })}</p> : null}
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="import-text">
            {t('companies.import.text')}
          </label>
          <span className="form-hint" id="import-text-hint">
            {t('companies.import.textHint')}
          </span>
          <textarea
            id="import-text"
            className="form-input companies-import-text"
            rows={10}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="import-text-hint"
            spellCheck={false}
            data-testid="import-text"
          />
        </div>
        <div className="jobspor-actions">
          <button type="submit" className="button button-primary" disabled={Boolean(busy)} data-testid="import-preview">
            {busy === 'preview' ? t('companies.import.previewing') : t('companies.import.preview')}
          </button>
        </div>
      </form>

      {busy === 'reading' || busy === 'preview' ? <Spinner /> : null}

      {refused.length ? (
        <Alert variant="error" heading={t('companies.import.refusedHeading')} testId="import-refused">
          <ul className="companies-error-list">
            {refused.map((e) => (
              <li key={`${e.line}-${e.column}`}>{t('companies.import.errorText', { line: e.line, column: columnName(e.column), message: e.message })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      {preview && summary ? (
        <section className="companies-section" aria-labelledby="import-preview-heading" data-testid="import-preview-result">
          <h2 id="import-preview-heading" ref={previewHeading} tabIndex={-1}>{t('companies.import.previewHeading')}</h2>
          {!current ? <Alert variant="warning">{t('companies.import.changedSincePreview')}</Alert> : null}
          <dl className="companies-summary" data-testid="import-summary">
            {summaryItems.map(([key, label]) => (
              <div key={key}>
                <dt>{t(label)}</dt>
                <dd>
                  <strong className={key === 'errors' && summary.errors ? 'companies-overdue' : undefined} data-testid={`import-sum-${key}`}>
                    {summary[key]}
                  </strong>
                </dd>
              </div>
            ))}
          </dl>
          <div className="companies-actions">
            <button type="button" className="button button-primary" onClick={runImport} disabled={!canImport} aria-describedby="import-run-hint" data-testid="import-run">
              {busy === 'import' ? t('companies.import.importing') : t('companies.import.run')}
            </button>
            <span id="import-run-hint" className="form-hint m-0">
              {summary.errors
                ? t('companies.import.fixFirst', { count: summary.errors })
                : !current
                  ? t('companies.import.previewAgain')
                  : summary.total === 0
                    ? t('companies.import.nothing')
                    : t('companies.import.readyHint', { create: summary.create, update: summary.update })}
            </span>
          </div>
          {preview.result.rows.length ? (
            <DataTable
              caption={t('companies.import.previewHeading')}
              columns={columns}
              rows={preview.result.rows}
              rowKey={(r) => String(r.line)}
              rowClass={(r) => (r.action === 'error' ? 'companies-row--overdue' : undefined)}
              render={{
                action: (r) => <span className={['badge', actionBadge[r.action], 'companies-badge'].filter(Boolean).join(' ')}>{importActionLabel(t, r.action)}</span>,
                errors: (r) =>
                  r.errors.length ? (
                    <ul className="companies-error-list">
                      {r.errors.map((e, i) => (
                        <li key={i}>{t('companies.import.errorText', { line: r.line, column: columnName(e.column), message: e.message })}</li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  ),
              }}
              testId="import-rows"
              rowTestId="import-row"
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
