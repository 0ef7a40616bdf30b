/**
 * The leder's targets and sub-goals for a team or staff member (PUT
 * /api/monitoring/targets). Checked in the browser first (a number, not
 * negative, a share at most 100 %), then by the server, whose field errors
 * are shown at their fields. Lists the targets already set for the model.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { monitoringApi } from '../../api/monitoring.ts';
import type { ReportMeasure, ReportUnit } from '../../api/monitoring.ts';
import { Alert } from '../Alert.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import type { SummaryItem } from '../ErrorSummary.tsx';
import { SelectField, TextField } from '../FormFields.tsx';
import { Spinner } from '../Spinner.tsx';
import { errorText, useLoad } from '../../hooks.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import { formatValue, parseTargetValue } from './format.ts';

interface TargetsEditorProps {
  model: string;
  units: readonly ReportUnit[];
  measures: readonly ReportMeasure[];
  names: ReadonlyMap<string, string>;
  /** Called after a save, so the report can show the new target line. */
  onSaved: () => void;
}

type Field = 'target-unit' | 'target-measure' | 'target-value';

export function TargetsEditor({ model, units, measures, names, onSaved }: TargetsEditorProps) {
  const { t, locale } = useI18n();
  const goalUnits = units.filter((u) => u.kind === 'team' || u.kind === 'staff');
  const [unit, setUnit] = useState('');
  const [measure, setMeasure] = useState('');
  const [comparison, setComparison] = useState<'at_least' | 'at_most'>('at_least');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<{ items: SummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const stored = useLoad(() => monitoringApi.targets(model), [model]);

  const errorFor = (field: Field) => errors.items.find((e) => e.fieldId === field)?.message;
  const measureById = new Map(measures.map((m) => [m.id, m]));
  const unitName = (key: string) => units.find((u) => u.key === key)?.name ?? key;

  function validate(): { items: SummaryItem[]; parsed: number | null } {
    const items: SummaryItem[] = [];
    if (!unit) items.push({ fieldId: 'target-unit', message: t('mon.targets.error.unit') });
    if (!measure) items.push({ fieldId: 'target-measure', message: t('mon.targets.error.measure') });
    const parsed = parseTargetValue(value);
    if (parsed === null) items.push({ fieldId: 'target-value', message: t('mon.targets.error.value') });
    else if (parsed < 0) items.push({ fieldId: 'target-value', message: t('mon.targets.error.negative') });
    else if (measureById.get(measure)?.unit === 'percent' && parsed > 100) items.push({ fieldId: 'target-value', message: t('mon.targets.error.percent') });
    return { items, parsed };
  }

  async function remove(target: { measure: string; unit: string }) {
    setSaved(false);
    try {
      await monitoringApi.removeTarget({ model, measure: target.measure, unit: target.unit });
      stored.reload();
      onSaved();
    } catch (error) {
      setErrors((e) => ({ items: [{ fieldId: '', message: errorText(t, error) }], attempt: e.attempt + 1 }));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setSaved(false);
    const { items, parsed } = validate();
    if (items.length || parsed === null) {
      setErrors((e) => ({ items, attempt: e.attempt + 1 }));
      return;
    }
    setSaving(true);
    try {
      await monitoringApi.setTarget({ model, measure, unit, comparison, value: parsed });
      setErrors((e) => ({ items: [], attempt: e.attempt }));
      setSaved(true);
      stored.reload();
      onSaved();
    } catch (error) {
      const fieldMap: Record<string, Field> = { unit: 'target-unit', measure: 'target-measure', value: 'target-value' };
      const items: SummaryItem[] =
        error instanceof ApiError && Object.keys(error.fields).length
          ? Object.entries(error.fields).map(([field, message]) => ({ fieldId: fieldMap[field] ?? '', message }))
          : [{ fieldId: '', message: errorText(t, error) }];
      setErrors((e) => ({ items, attempt: e.attempt + 1 }));
    } finally {
      setSaving(false);
    }
  }

  if (!goalUnits.length) return <p>{t('mon.targets.noUnits')}</p>;

  return (
    <>
      <p>{t('mon.targets.intro')}</p>
      <form onSubmit={submit} noValidate data-testid="targets-form">
        <ErrorSummary items={errors.items} focusKey={errors.attempt} />
        <div className="monitoring-target-fields">
          <SelectField
            id="target-unit"
            label={t('mon.targets.unit')}
            value={unit}
            onValue={setUnit}
            placeholder=""
            options={goalUnits.map((u) => ({ value: u.key, label: t('mon.unitOption', { name: u.name, kind: t(`mon.unitKind.${u.kind}`) }) }))}
            error={errorFor('target-unit')}
          />
          <SelectField
            id="target-measure"
            label={t('mon.targets.measure')}
            value={measure}
            onValue={setMeasure}
            placeholder=""
            options={measures.map((m) => ({ value: m.id, label: names.get(m.id) ?? m.id }))}
            error={errorFor('target-measure')}
          />
          <SelectField
            id="target-comparison"
            label={t('mon.targets.comparison')}
            value={comparison}
            onValue={(v) => setComparison(v === 'at_most' ? 'at_most' : 'at_least')}
            options={[
              { value: 'at_least', label: t('mon.target.at_least', { value: '…' }) },
              { value: 'at_most', label: t('mon.target.at_most', { value: '…' }) },
            ]}
          />
          <TextField
            id="target-value"
            label={t('mon.targets.value')}
            hint={t('mon.targets.valueHint')}
            value={value}
            onValue={setValue}
            inputMode="decimal"
            width="input-width-xs"
            error={errorFor('target-value')}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={saving} data-testid="target-save">
          {t('mon.targets.save')}
        </button>
      </form>
      {saved ? (
        <Alert variant="success" testId="target-saved">
          <p className="m-0">{t('mon.targets.saved')}</p>
        </Alert>
      ) : null}
      {stored.loading ? <Spinner /> : null}
      {stored.error ? <Alert variant="error">{errorText(t, stored.error)}</Alert> : null}
      {stored.data ? (
        stored.data.targets.length === 0 ? (
          <p className="mt-5">{t('mon.targets.none')}</p>
        ) : (
          <div className="table--responsive-scroll mt-5" tabIndex={0} role="region" aria-labelledby="targets-caption">
            <table className="table table--compact table--zebra jobspor-table" data-testid="targets-table">
              <caption id="targets-caption">{t('mon.targets.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mon.targets.unit')}</th>
                  <th scope="col">{t('mon.targets.measure')}</th>
                  <th scope="col">{t('mon.targets.value')}</th>
                  <th scope="col">{t('mon.targets.setBy')}</th>
                  <th scope="col">{t('mon.targets.setAt')}</th>
                  <th scope="col">
                    <span className="sr-only">{t('mon.targets.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {stored.data.targets.map((target) => {
                  const m = measureById.get(target.measure);
                  const shown = m ? formatValue(t, locale, m.unit, target.value) : String(target.value);
                  return (
                    <tr key={`${target.unit}|${target.measure}`}>
                      <th scope="row">{unitName(target.unit)}</th>
                      <td>{names.get(target.measure) ?? target.measure}</td>
                      <td>{t(`mon.target.${target.comparison}`, { value: shown })}</td>
                      <td>{target.setBy}</td>
                      <td>{formatDateTime(locale, target.setAt)}</td>
                      <td>
                        <button
                          type="button"
                          className="button button-secondary monitoring-button-compact"
                          aria-label={t('mon.targets.removeLabel', { unit: unitName(target.unit), measure: names.get(target.measure) ?? target.measure })}
                          onClick={() => void remove(target)}
                          data-testid="target-remove"
                        >
                          {t('mon.targets.remove')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </>
  );
}
