/**
 * Sets one rule parameter for the municipality (leder, admin): a new value
 * within the bounds and a reason, or back to the model's default. The bounds
 * are checked by the server; its field errors are shown under the fields.
 */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError } from '../../api/client.ts';
import { modelsApi } from '../../api/models.ts';
import type { EffectiveRule, ParameterUnit } from '../../api/models.ts';
import { Alert } from '../../components/Alert.tsx';
import { TextField } from '../../components/FormFields.tsx';
import { errorText } from '../../hooks.ts';
import { useT } from '../../i18n/index.tsx';
import { unitName, withUnit } from './text.ts';

export interface EditableParameter {
  name: string;
  label: string;
  unit: ParameterUnit;
  value: number;
  default: number;
  min: number;
  max: number;
  overridden: boolean;
}

interface OverrideFormProps {
  modelId: string;
  ruleId: string;
  ruleTitle: string;
  parameter: EditableParameter;
  /** Called with the rule as the server now has it and a sentence saying what changed. */
  onSaved: (rule: EffectiveRule, message: string) => void;
  onCancel: () => void;
}

interface Errors {
  value?: string;
  reason?: string;
}

export function OverrideForm({ modelId, ruleId, ruleTitle, parameter, onSaved, onCancel }: OverrideFormProps) {
  const t = useT();
  const [value, setValue] = useState(String(parameter.value));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState('');
  const [busy, setBusy] = useState(false);
  const base = `override-${ruleId}-${parameter.name}`.replace(/[^A-Za-z0-9_-]/g, '-');
  const valueId = `${base}-value`;
  const reasonId = `${base}-reason`;

  function focusFirstError(next: Errors) {
    const id = next.value ? valueId : next.reason ? reasonId : '';
    if (id) window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  function check(reset: boolean): Errors {
    const next: Errors = {};
    if (!reset) {
      if (!value.trim()) next.value = t('models.override.valueRequired');
      else if (!/^-?\d+$/.test(value.trim())) next.value = t('models.override.valueInteger');
    }
    const why = reason.trim();
    if (why.length < 3) next.reason = t('models.override.reasonRequired');
    else if (why.length > 500) next.reason = t('models.override.reasonTooLong');
    return next;
  }

  async function save(reset: boolean) {
    const local = check(reset);
    setErrors(local);
    setFormError('');
    if (local.value || local.reason) {
      focusFirstError(local);
      return;
    }
    setBusy(true);
    try {
      const newValue = reset ? null : Number(value.trim());
      const rule = await modelsApi.setParameter(modelId, ruleId, parameter.name, { value: newValue, reason: reason.trim() });
      const now = rule.parameters.find((p) => p.name === parameter.name);
      const shown = withUnit(t, parameter.unit, now?.value ?? newValue ?? parameter.default);
      const params = { rule: ruleTitle, parameter: parameter.label, value: shown };
      onSaved(rule, reset ? t('models.override.resetDone', params) : t('models.override.saved', params));
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && error.status === 400 && (error.fields['value'] || error.fields['reason'])) {
        const next: Errors = {};
        if (error.fields['value']) next.value = error.fields['value'];
        if (error.fields['reason']) next.reason = error.fields['reason'];
        setErrors(next);
        focusFirstError(next);
      } else {
        setFormError(errorText(t, error));
      }
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save(false);
  }

  return (
    <form className="models-override-form" onSubmit={submit} noValidate data-testid={`override-form-${ruleId}-${parameter.name}`}>
      <fieldset>
        <legend className="h5">{t('models.override.legend', { rule: ruleTitle, parameter: parameter.label })}</legend>
        {formError ? (
          <Alert variant="error" heading={t('models.override.failed')}>
            <p>{formError}</p>
          </Alert>
        ) : null}
        <TextField
          id={valueId}
          name="value"
          type="number"
          inputMode="numeric"
          min={parameter.min}
          max={parameter.max}
          step={1}
          width="input-width-xs"
          label={t('models.override.value', { unit: unitName(t, parameter.unit) })}
          hint={t('models.override.valueHint', { min: parameter.min, max: parameter.max, default: parameter.default })}
          value={value}
          onValue={setValue}
          error={errors.value}
          data-testid="override-value"
        />
        <div className={`form-group${errors.reason ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor={reasonId}>
            {t('models.override.reason')}
          </label>
          <span className="form-hint" id={`${reasonId}-hint`}>
            {t('models.override.reasonHint')}
          </span>
          {errors.reason ? (
            <span className="form-error-message" id={`${reasonId}-error`}>
              <span className="sr-only">{t('common.errorPrefix')} </span>
              {errors.reason}
            </span>
          ) : null}
          <textarea
            id={reasonId}
            name="reason"
            className="form-input"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={`${reasonId}-hint${errors.reason ? ` ${reasonId}-error` : ''}`}
            data-testid="override-reason"
          />
        </div>
        <div className="jobspor-actions models-override-actions">
          <button type="submit" className="button button-primary" disabled={busy} data-testid="override-save">
            {t('models.override.save')}
          </button>
          {parameter.overridden ? (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save(true)} data-testid="override-reset">
              {t('models.override.reset')}
            </button>
          ) : null}
          <button type="button" className="button button-tertiary" disabled={busy} onClick={onCancel}>
            {t('models.override.close')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
