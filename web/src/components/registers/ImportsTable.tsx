/**
 * The imports (GET /api/registers/imports), newest first: kind, file,
 * period, rows, who and when, status, the validation report on demand, and
 * a rollback button behind a confirmation dialog where the server says the
 * import can be rolled back (only the latest active import of its kind).
 */
import { useEffect, useRef, useState } from 'react';
import { registersApi } from '../../api/registers.ts';
import type { RegisterImportBody } from '../../api/registers.ts';
import { Alert } from '../Alert.tsx';
import { errorText } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime, formatNumber } from '../../labels.ts';
import { ValidationReport } from './ValidationReport.tsx';

function ConfirmRollback({ item, onConfirm, onCancel, busy }: { item: RegisterImportBody; onConfirm: () => void; onCancel: () => void; busy: boolean }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="registers-dialog" aria-labelledby="rollback-title" aria-describedby="rollback-text" onClose={onCancel} data-testid="rollback-dialog">
      <h2 id="rollback-title" className="h3 mt-0">
        {t('reg.imports.confirmTitle')}
      </h2>
      <p id="rollback-text">{t('reg.imports.confirmText', { id: item.id, file: item.fileName })}</p>
      <div className="registers-actions">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy} data-testid="rollback-confirm">
          {t('reg.imports.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()} disabled={busy}>
          {t('reg.imports.cancel')}
        </button>
      </div>
    </dialog>
  );
}

export function ImportsTable({ imports, onChanged }: { imports: readonly RegisterImportBody[]; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const [confirming, setConfirming] = useState<RegisterImportBody | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ variant: 'success' | 'error'; text: string } | null>(null);
  const [open, setOpen] = useState<number | null>(null);

  async function rollback(item: RegisterImportBody) {
    setBusy(true);
    try {
      await registersApi.rollback(item.id);
      setMessage({ variant: 'success', text: t('reg.imports.rolledBackDone', { id: item.id }) });
      onChanged();
    } catch (error) {
      setMessage({ variant: 'error', text: errorText(t, error) });
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  const sorted = [...imports].sort((a, b) => b.id - a.id);

  return (
    <>
      {message ? (
        <Alert variant={message.variant} testId="rollback-message">
          <p className="m-0">{message.text}</p>
        </Alert>
      ) : null}
      {sorted.length === 0 ? (
        <p data-testid="imports-empty">{t('reg.imports.empty')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="imports-caption">
          <table className="table table--compact table--zebra jobspor-table" data-testid="imports-table">
            <caption id="imports-caption">{t('reg.imports.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reg.imports.id')}</th>
                <th scope="col">{t('reg.imports.kind')}</th>
                <th scope="col">{t('reg.imports.file')}</th>
                <th scope="col">{t('reg.imports.period')}</th>
                <th scope="col" className="align-text-right">
                  {t('reg.imports.rows')}
                </th>
                <th scope="col">{t('reg.imports.by')}</th>
                <th scope="col">{t('reg.imports.when')}</th>
                <th scope="col">{t('reg.imports.status')}</th>
                <th scope="col">
                  <span className="sr-only">{t('reg.imports.rollback')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((item) => (
                <ImportRow
                  key={item.id}
                  item={item}
                  expanded={open === item.id}
                  onToggle={() => setOpen(open === item.id ? null : item.id)}
                  onRollback={() => {
                    setMessage(null);
                    setConfirming(item);
                  }}
                  locale={locale}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming ? <ConfirmRollback item={confirming} busy={busy} onConfirm={() => void rollback(confirming)} onCancel={() => setConfirming(null)} /> : null}
    </>
  );
}

interface ImportRowProps {
  item: RegisterImportBody;
  expanded: boolean;
  onToggle: () => void;
  onRollback: () => void;
  locale: string;
}

function ImportRow({ item, expanded, onToggle, onRollback, locale }: ImportRowProps) {
  const { t } = useI18n();
  return (
    <>
      <tr data-testid={`import-${item.id}`}>
        <th scope="row">{item.id}</th>
        <td>{t(`reg.kind.${item.kind}`)}</td>
        <td>
          <span className="registers-file" title={t('reg.imports.sha', { sha: item.sha256 })}>
            {item.fileName}
          </span>
          <br />
          <button type="button" className="button-unstyled registers-link" aria-expanded={expanded} onClick={onToggle} data-testid="show-report">
            {t('reg.imports.showReport')}
          </button>
        </td>
        <td>{item.periodFrom || item.periodTo ? t('reg.report.periodValue', { from: item.periodFrom ?? '–', to: item.periodTo ?? '–' }) : '–'}</td>
        <td className="align-text-right">
          {formatNumber(locale, item.rowsKept)}/{formatNumber(locale, item.rowsRead)}
        </td>
        <td>{item.importedBy}</td>
        <td>{formatDateTime(locale, item.importedAt)}</td>
        <td data-testid="import-status">
          {item.rolledBackAt ? (
            <span className="registers-rolled-back">{t('reg.imports.rolledBack', { when: formatDateTime(locale, item.rolledBackAt) })}</span>
          ) : (
            <span className="badge badge-success">{t('reg.imports.active')}</span>
          )}
        </td>
        <td>
          {item.canRollBack && !item.rolledBackAt ? (
            <button
              type="button"
              className="button button-secondary monitoring-button-compact"
              aria-label={t('reg.imports.rollbackLabel', { id: item.id, file: item.fileName })}
              onClick={onRollback}
              data-testid="rollback"
            >
              {t('reg.imports.rollback')}
            </button>
          ) : null}
        </td>
      </tr>
      {expanded ? (
        <tr>
          <td colSpan={9}>
            <ValidationReport report={item.report} idPrefix={`import-${item.id}`} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
