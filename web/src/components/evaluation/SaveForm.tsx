/** "Gem analyse": a finished run is stored under a name; the server's field error is shown at the field. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { evaluationApi } from '../../api/evaluation.ts';
import type { SavedAnalysis } from '../../api/evaluation.ts';
import { apiFieldErrors } from '../../forms.ts';
import { useI18n } from '../../i18n/index.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { TextField } from '../FormFields.tsx';

export function SaveForm({ runId, onSaved }: { runId: string; onSaved: (saved: SavedAnalysis) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('eval.form.required'));
      setSummary([{ fieldId: 'eval-save-name', message: t('eval.form.required') }]);
      setFocusKey((k) => k + 1);
      return;
    }
    setSaving(true);
    try {
      const saved = await evaluationApi.save(runId, name.trim());
      setError(undefined);
      setSummary([]);
      onSaved(saved);
    } catch (failure) {
      const { fields, summary: items } = apiFieldErrors(failure, ['name'], () => 'eval-save-name', t('eval.form.failed'));
      setError(fields['name']);
      setSummary(items);
      setFocusKey((k) => k + 1);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="eval-save" aria-labelledby="eval-save-heading" data-testid="eval-save-form">
      <h3 id="eval-save-heading">{t('eval.save.title')}</h3>
      <ErrorSummary items={summary} focusKey={focusKey} />
      <div className="eval-inline eval-inline-end">
        <TextField id="eval-save-name" label={t('eval.save.name')} value={name} onValue={setName} error={error} width="input-width-l" maxLength={200} data-testid="eval-save-name" />
        <div className="form-group">
          <button type="submit" className="button button-primary" disabled={saving} data-testid="eval-save-submit">
            {saving ? t('common.saving') : t('eval.save.submit')}
          </button>
        </div>
      </div>
    </form>
  );
}
