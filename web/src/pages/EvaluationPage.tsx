/**
 * Evaluering (issue 13): a leder or analytiker sets up an analysis (model,
 * participants, comparison rule, method, outcome), follows the run in a
 * worker on the server (progress, cancel), reads the effect with balance,
 * survival and event-study figures, saves it, and opens or downloads the
 * municipality's saved analyses. Everything shown is an aggregate.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { evaluationApi, reportHref } from '../api/evaluation.ts';
import type { ReportFormat, Run, SavedAnalysis, SavedAnalysisSummary } from '../api/evaluation.ts';
import { Alert } from '../components/Alert.tsx';
import { Spinner } from '../components/Spinner.tsx';
import { ResultView } from '../components/evaluation/ResultView.tsx';
import { RunForm } from '../components/evaluation/RunForm.tsx';
import { RunProgress } from '../components/evaluation/RunProgress.tsx';
import { SaveForm } from '../components/evaluation/SaveForm.tsx';
import { SavedAnalyses } from '../components/evaluation/SavedAnalyses.tsx';
import { runErrorText } from '../components/evaluation/format.ts';
import { errorText, useLoad, usePageTitle } from '../hooks.ts';
import { useI18n } from '../i18n/index.tsx';
import '../components/evaluation/evaluation.css';

const pollMs = 500;
const reportFormats: readonly ReportFormat[] = ['html', 'pdf', 'json'];
const isActive = (run: Run | null) => run !== null && (run.status === 'queued' || run.status === 'running');

export function EvaluationPage() {
  const { t } = useI18n();
  usePageTitle(t('evaluering.title'));
  const options = useLoad(() => evaluationApi.options(), []);
  const saved = useLoad(() => evaluationApi.analyses(), []);
  const [run, setRun] = useState<Run | null>(null);
  const [pollError, setPollError] = useState<unknown>(null);
  const [cancelling, setCancelling] = useState(false);
  const [shownSaved, setShownSaved] = useState<SavedAnalysis | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  // Follow an active run every half second until it is done, failed or cancelled.
  useEffect(() => {
    if (!run || !isActive(run)) return;
    let current = true;
    const timer = window.setTimeout(() => {
      evaluationApi.run(run.id).then(
        (next) => {
          if (current) setRun(next);
        },
        (failure: unknown) => {
          if (current) setPollError(failure);
        },
      );
    }, pollMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [run]);

  useEffect(() => {
    if (run?.status === 'done' || shownSaved) resultHeading.current?.focus();
  }, [run?.status, shownSaved]);

  function started(next: Run) {
    setPollError(null);
    setMessage(null);
    setShownSaved(null);
    setRun(next);
  }

  async function cancel() {
    if (!run) return;
    setCancelling(true);
    try {
      setRun(await evaluationApi.cancelRun(run.id));
    } catch (failure) {
      setPollError(failure);
    } finally {
      setCancelling(false);
    }
  }

  async function open(summary: SavedAnalysisSummary) {
    setOpenError(null);
    try {
      setShownSaved(await evaluationApi.analysis(summary.id));
    } catch (failure) {
      setOpenError(failure);
    }
  }

  async function remove(summary: SavedAnalysisSummary) {
    if (!window.confirm(t('eval.saved.confirmDelete', { name: summary.name }))) return;
    setOpenError(null);
    try {
      await evaluationApi.remove(summary.id);
      if (shownSaved?.id === summary.id) setShownSaved(null);
      saved.reload();
    } catch (failure) {
      setOpenError(failure);
    }
  }

  const failed = run?.status === 'failed' ? run.error : null;
  // One object per failure, so the form marks the field once and keeps later edits' messages.
  const runFieldError = useMemo(() => (failed ? { field: failed.field, message: runErrorText(t, failed) } : null), [failed, t]);
  const finished = run?.status === 'done' && run.result && run.cohort ? run : null;

  return (
    <>
      <h1>{t('evaluering.title')}</h1>
      <p className="font-lead">{t('eval.intro')}</p>

      {options.error ? <Alert variant="error">{errorText(t, options.error)}</Alert> : null}
      {options.loading && !options.data ? <Spinner text={t('eval.form.loading')} /> : null}
      {options.data ? <RunForm options={options.data} running={isActive(run)} onStarted={started} runFieldError={runFieldError} /> : null}

      <div aria-live="polite">
        {run && isActive(run) ? <RunProgress run={run} onCancel={() => void cancel()} cancelling={cancelling} /> : null}
        {run?.status === 'cancelled' ? (
          <Alert variant="info" testId="eval-cancelled">
            <p className="m-0">{t('eval.run.cancelled')}</p>
          </Alert>
        ) : null}
      </div>
      {pollError ? (
        <Alert variant="error" testId="eval-poll-error">
          <p className="m-0">{t('eval.run.lost', { message: errorText(t, pollError) })}</p>
        </Alert>
      ) : null}
      {failed ? (
        <Alert variant="error" heading={t('eval.run.failed')} testId="eval-run-failed">
          <p className="m-0" data-testid="eval-run-failed-text">
            {runErrorText(t, failed)}
          </p>
          {failed.message ? <p className="m-0 eval-muted">{failed.message}</p> : null}
          {failed.field ? <p className="m-0">{t('eval.run.failedField', { field: failed.field })}</p> : null}
        </Alert>
      ) : null}

      {shownSaved ? (
        <section className="eval-result-section" aria-labelledby="eval-result-heading" data-testid="eval-saved-result">
          <div className="eval-result-head">
            <h2 id="eval-result-heading" tabIndex={-1} ref={resultHeading}>
              {t('eval.saved.shown', { name: shownSaved.name })}
            </h2>
            <button type="button" className="button button-secondary eval-compact" onClick={() => setShownSaved(null)} data-testid="eval-saved-close">
              {t('eval.saved.close')}
            </button>
          </div>
          <div className="eval-downloads" role="group" aria-label={t('eval.saved.reports')}>
            <span className="eval-label">{t('eval.saved.reports')}:</span>
            {reportFormats.map((format) => (
              <a
                key={format}
                className="button button-secondary eval-compact"
                href={reportHref(shownSaved.id, format)}
                download
                aria-label={t('eval.report.label', { name: shownSaved.name, format: t(`eval.report.${format}`) })}
                data-testid={`eval-report-${format}`}
              >
                {t(`eval.report.${format}`)}
              </a>
            ))}
          </div>
          <ResultView shown={shownSaved} />
        </section>
      ) : finished ? (
        <section className="eval-result-section" aria-labelledby="eval-result-heading">
          <h2 id="eval-result-heading" tabIndex={-1} ref={resultHeading}>
            {t('eval.result.title')}
          </h2>
          <ResultView shown={{ request: finished.request, cohort: finished.cohort!, result: finished.result!, reproducibility: finished.reproducibility }} />
          {message ? (
            <Alert variant="success" testId="eval-saved-message">
              <p className="m-0">{message}</p>
            </Alert>
          ) : (
            <SaveForm
              runId={finished.id}
              onSaved={(analysis) => {
                setMessage(t('eval.save.saved', { name: analysis.name }));
                saved.reload();
              }}
            />
          )}
        </section>
      ) : null}

      <section className="jobspor-section" aria-labelledby="eval-saved-heading" data-testid="eval-saved">
        <h2 id="eval-saved-heading">{t('eval.saved.title')}</h2>
        {saved.error ? <Alert variant="error">{errorText(t, saved.error)}</Alert> : null}
        {openError ? <Alert variant="error">{errorText(t, openError)}</Alert> : null}
        {saved.data ? (
          <SavedAnalyses analyses={saved.data.analyses} options={options.data} openId={shownSaved?.id ?? null} onOpen={(a) => void open(a)} onDelete={(a) => void remove(a)} />
        ) : saved.loading ? (
          <Spinner text={t('common.loading')} />
        ) : null}
      </section>
    </>
  );
}
