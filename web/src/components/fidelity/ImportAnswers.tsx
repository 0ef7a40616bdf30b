/**
 * "Importér svar": answers collected outside Jobspor (paper, another survey
 * tool) into one round from a CSV file. The panel explains the format with
 * the round's own header (built from its instrument's items, also offered as
 * a template file made in the browser), checks the chosen file with a dry
 * run and shows the report (rows read and accepted, and every rejected row
 * with its line, field and reason), and only then offers "Importér" for the
 * same file. The server stores all rows or none.
 */
import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { fidelityApi } from '../../api/fidelity.ts';
import type { ImportReport, RespondentRole, RoundSummary } from '../../api/fidelity.ts';
import { Alert } from '../Alert.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText } from '../../hooks.ts';
import { plural, useI18n } from '../../i18n/index.tsx';
import { respondentRoleLabel } from './format.ts';

/** The parts of an instrument definition the import needs (GET /api/fidelity/instruments/:id/:version). */
interface InstrumentShape {
  respondentRoles: RespondentRole[];
  sections: { items: { id: string }[] }[];
}

function readInstrument(body: Record<string, unknown>): InstrumentShape {
  const roles = Array.isArray(body['respondentRoles']) ? (body['respondentRoles'] as RespondentRole[]) : [];
  const sections = Array.isArray(body['sections']) ? (body['sections'] as { items?: unknown }[]) : [];
  return {
    respondentRoles: roles,
    sections: sections.map((s) => ({ items: Array.isArray(s.items) ? (s.items as { id: string }[]).filter((i) => typeof i?.id === 'string') : [] })),
  };
}

/** The header row a file for the round must start with: role, unit and every item id in the instrument's order. */
export function templateHeader(instrument: InstrumentShape): string {
  return ['role', 'unit', ...instrument.sections.flatMap((s) => s.items.map((i) => i.id))].join(',');
}

/** A file name safe on every file system: "svar-startmaling-2026.csv". */
function templateFileName(roundName: string): string {
  const slug = roundName
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `svar-${slug || 'runde'}.csv`;
}

interface ImportAnswersProps {
  round: RoundSummary;
  onCancel: () => void;
  /** After a stored import, with the number of answers stored. */
  onImported: (stored: number) => void;
}

interface Checked {
  /** The file the report is about; "Importér" sends exactly this text. */
  fileName: string;
  text: string;
  report: ImportReport;
}

export function ImportAnswers({ round, onCancel, onImported }: ImportAnswersProps) {
  const { t } = useI18n();
  const [instrument, setInstrument] = useState<InstrumentShape | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [fileMissing, setFileMissing] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const fileId = `fid-import-file-${round.id}`;

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  useEffect(() => {
    let live = true;
    fidelityApi
      .instrument(round.instrumentId, round.instrumentVersion)
      .then((body) => live && setInstrument(readInstrument(body)))
      .catch((error: unknown) => live && setFailure(errorText(t, error)));
    return () => {
      live = false;
    };
    // Once per instrument version; the texts' function is not a reason to fetch again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round.instrumentId, round.instrumentVersion]);

  const header = instrument ? templateHeader(instrument) : null;
  const [templateHref, setTemplateHref] = useState<string | null>(null);
  // The template is a file made here; its address is made and released with the header (also under StrictMode's double effects).
  useEffect(() => {
    if (!header) return;
    const href = URL.createObjectURL(new Blob([`${header}\r\n`], { type: 'text/csv;charset=utf-8' }));
    setTemplateHref(href);
    return () => {
      URL.revokeObjectURL(href);
      setTemplateHref(null);
    };
  }, [header]);

  useEffect(() => {
    if (checked) reportRef.current?.focus();
  }, [checked]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    setChecked(null);
    setFailure(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    setFileMissing(false);
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFile(null);
      setFailure(t('fid.import.unreadable'));
    }
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileMissing(true);
      document.getElementById(fileId)?.focus();
      return;
    }
    setBusy('check');
    setFailure(null);
    setChecked(null);
    try {
      const report = await fidelityApi.importAnswers(round.id, file.text, { dryRun: true, fileName: file.name });
      setChecked({ fileName: file.name, text: file.text, report });
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(null);
    }
  }

  async function store() {
    if (!checked) return;
    setBusy('import');
    setFailure(null);
    try {
      const report = await fidelityApi.importAnswers(round.id, checked.text, { dryRun: false, fileName: checked.fileName });
      if (report.stored) {
        onImported(report.rowsAccepted);
      } else {
        // The round changed between the check and the import (e.g. a unit left it): show the new report.
        setChecked({ ...checked, report });
      }
    } catch (error) {
      setFailure(errorText(t, error));
    } finally {
      setBusy(null);
    }
  }

  const report = checked?.report;
  const clean = !!report && report.rejected.length === 0 && report.rowsAccepted > 0;
  const sameFile = !!checked && !!file && checked.text === file.text && checked.fileName === file.name;
  const roles = instrument?.respondentRoles ?? [];

  return (
    <section className="fid-import" aria-labelledby={`fid-import-heading-${round.id}`} data-testid="fid-import">
      <h2 id={`fid-import-heading-${round.id}`} tabIndex={-1} ref={headingRef}>
        {t('fid.import.title', { name: round.name })}
      </h2>
      <p>{t('fid.import.intro')}</p>
      {!instrument && !failure ? <Spinner /> : null}
      {instrument && header ? (
        <div className="fid-import-format" data-testid="fid-import-format">
          <p className="m-0">{t('fid.import.header')}</p>
          <pre className="fid-import-header" data-testid="fid-import-header">
            <code>{header}</code>
          </pre>
          <ul>
            <li>{t('fid.import.roles', { roles: roles.map((r) => `${r} (${respondentRoleLabel(t, r)})`).join(', ') })}</li>
            <li>{t('fid.import.units', { units: round.units.map((u) => `"${u.name}"`).join('; ') })}</li>
            <li>{t('fid.import.values')}</li>
            <li>{t('fid.import.allOrNothing')}</li>
          </ul>
          {templateHref ? (
            <p>
              <a href={templateHref} download={templateFileName(round.name)} data-testid="fid-import-template">
                {t('fid.import.template')}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}

      <form onSubmit={(event) => void check(event)} noValidate>
        <div className={`form-group${fileMissing ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={fileId}>
            {t('fid.import.file')}
          </label>
          <span className="form-hint" id={`${fileId}-hint`}>
            {t('fid.import.fileHint')}
          </span>
          {fileMissing ? (
            <span className="form-error-message" id={`${fileId}-error`}>
              {t('fid.import.fileMissing')}
            </span>
          ) : null}
          <input
            type="file"
            id={fileId}
            className="form-file-input"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint${fileMissing ? ` ${fileId}-error` : ''}`}
            aria-invalid={fileMissing || undefined}
            onChange={(event) => void choose(event)}
            data-testid="fid-import-file"
          />
        </div>
        <div className="fid-import-actions">
          <button type="submit" className="button button-secondary" disabled={busy !== null} data-testid="fid-import-check">
            {t('fid.import.check')}
          </button>
          <button type="button" className="button button-primary" disabled={busy !== null || !clean || !sameFile} onClick={() => void store()} data-testid="fid-import-submit">
            {t('fid.import.submit')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onCancel} data-testid="fid-import-cancel">
            {t('common.cancel')}
          </button>
        </div>
        {busy ? <Spinner /> : null}
      </form>

      {failure ? (
        <Alert variant="error" testId="fid-import-failure">
          <p className="m-0">{failure}</p>
        </Alert>
      ) : null}

      {report && checked ? (
        <div className="fid-import-report" data-testid="fid-import-report">
          <h3 tabIndex={-1} ref={reportRef}>
            {t('fid.import.reportTitle', { file: checked.fileName })}
          </h3>
          <p data-testid="fid-import-counts">{t('fid.import.counts', { read: report.rowsRead, accepted: report.rowsAccepted, rejected: new Set(report.rejected.map((r) => r.line)).size })}</p>
          {clean ? (
            <Alert variant="success" testId="fid-import-clean">
              <p className="m-0">{plural(t, 'fid.import.clean', report.rowsAccepted)}</p>
            </Alert>
          ) : report.rejected.length === 0 ? (
            <Alert variant="warning" testId="fid-import-empty">
              <p className="m-0">{t('fid.import.noRows')}</p>
            </Alert>
          ) : (
            <>
              <Alert variant="error" testId="fid-import-rejected-note">
                <p className="m-0">{plural(t, 'fid.import.rejectedNote', report.rejected.length)}</p>
              </Alert>
              <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby={`fid-import-rejected-${round.id}`}>
                <table className="table table--compact table--zebra jobspor-table" data-testid="fid-import-rejected">
                  <caption id={`fid-import-rejected-${round.id}`}>{t('fid.import.rejectedCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="fid-num">
                        {t('fid.import.line')}
                      </th>
                      <th scope="col">{t('fid.import.field')}</th>
                      <th scope="col">{t('fid.import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.rejected.map((r, index) => (
                      <tr key={`${r.line}-${r.field}-${index}`} data-testid="fid-import-rejected-row">
                        <td className="fid-num">{r.line}</td>
                        <td>
                          <code>{r.field}</code>
                        </td>
                        <td>{r.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
