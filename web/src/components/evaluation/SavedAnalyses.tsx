/**
 * "Gemte analyser": the municipality's saved analyses with the effect and
 * its interval; each can be opened (the same result view) or deleted.
 */
import type { EvaluationOptions, SavedAnalysisSummary } from '../../api/evaluation.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import { nameIn } from '../../pages/models/text.ts';
import { formatCount, formatEffect, methodLabel, outcomeWithWindow } from './format.ts';

interface SavedAnalysesProps {
  analyses: SavedAnalysisSummary[];
  options: EvaluationOptions | null;
  openId: string | null;
  onOpen: (analysis: SavedAnalysisSummary) => void;
  onDelete: (analysis: SavedAnalysisSummary) => void;
}

export function SavedAnalyses({ analyses, options, openId, onOpen, onDelete }: SavedAnalysesProps) {
  const { t, locale, lang } = useI18n();
  if (!analyses.length) return <p data-testid="eval-saved-empty">{t('eval.saved.empty')}</p>;
  const modelName = (id: string) => {
    const model = options?.models.find((m) => m.id === id);
    return model ? nameIn(lang, model.name) : id;
  };
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact jobspor-table eval-table" data-testid="eval-saved-table">
        <caption className="sr-only">{t('eval.saved.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('eval.saved.name')}</th>
            <th scope="col">{t('eval.saved.model')}</th>
            <th scope="col">{t('eval.saved.method')}</th>
            <th scope="col">{t('eval.saved.outcome')}</th>
            <th scope="col" className="eval-num">
              {t('eval.saved.effect')}
            </th>
            <th scope="col" className="eval-num">
              {t('eval.saved.n')}
            </th>
            <th scope="col">{t('eval.saved.created')}</th>
            <th scope="col">{t('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {analyses.map((a) => {
            const effect = (v: number) => formatEffect(t, locale, a, v);
            return (
              <tr key={a.id} data-testid="eval-saved-row" aria-current={a.id === openId ? 'true' : undefined}>
                <th scope="row">{a.name}</th>
                <td>{modelName(a.modelId)}</td>
                <td>{methodLabel(t, a.method)}</td>
                <td>{outcomeWithWindow(t, a.outcome, a.window)}</td>
                <td className="eval-num">
                  {effect(a.effect.estimate)}
                  <span className="eval-muted eval-block">
                    ({effect(a.effect.ciLow)} – {effect(a.effect.ciHigh)})
                  </span>
                </td>
                <td className="eval-num">{formatCount(locale, a.nTreated)}</td>
                <td>{t('eval.saved.createdBy', { when: formatDateTime(locale, a.createdAt), by: a.createdBy })}</td>
                <td>
                  <div className="eval-row-actions">
                    <button type="button" className="button button-secondary eval-compact" onClick={() => onOpen(a)} aria-label={t('eval.saved.openLabel', { name: a.name })} data-testid="eval-saved-open">
                      {t('eval.saved.open')}
                    </button>
                    <button type="button" className="button button-tertiary eval-compact" onClick={() => onDelete(a)} aria-label={t('eval.saved.deleteLabel', { name: a.name })} data-testid="eval-saved-delete">
                      {t('eval.saved.delete')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
