/** A run in progress: its stage in Danish and percent as a progress bar, and "Annullér". */
import type { Run } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { stageLabel } from './format.ts';

export function RunProgress({ run, onCancel, cancelling }: { run: Run; onCancel: () => void; cancelling: boolean }) {
  const { t } = useI18n();
  const percent = Math.round(Math.min(1, Math.max(0, run.progress)) * 100);
  const text = run.status === 'queued' ? t('eval.run.queued') : t('eval.run.progress', { stage: stageLabel(t, run.stage), percent });
  return (
    <section className="eval-progress" aria-labelledby="eval-progress-heading" data-testid="eval-progress">
      <h2 id="eval-progress-heading">{t('eval.run.title')}</h2>
      <label htmlFor="eval-progress-bar" className="eval-progress-label" data-testid="eval-progress-text">
        {text}
      </label>
      <progress id="eval-progress-bar" className="eval-progress-bar" max={100} value={percent} aria-valuetext={text}>
        {percent} %
      </progress>
      <div className="jobspor-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={cancelling} data-testid="eval-cancel">
          {t('eval.run.cancel')}
        </button>
      </div>
    </section>
  );
}
