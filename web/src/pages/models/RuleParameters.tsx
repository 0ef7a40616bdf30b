/**
 * The parameters of one rule: the value in force for the municipality (marked
 * when it differs from the model's default), default, bounds, basis and
 * source; for leder/admin an edit form per parameter.
 */
import { useRef, useState } from 'react';
import type { EffectiveParameter, EffectiveRule, ParameterSpec } from '../../api/models.ts';
import { Alert } from '../../components/Alert.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';
import { OverrideForm } from './OverrideForm.tsx';
import type { EditableParameter } from './OverrideForm.tsx';
import { SourceRef } from './SourceRef.tsx';
import { label, parameterName, withUnit } from './text.ts';

interface RuleParametersProps {
  modelId: string;
  ruleId: string;
  ruleTitle: string;
  /** The parameters as the definition declares them (defaults, bounds, basis, source). */
  specs: Record<string, ParameterSpec>;
  /** The municipality's values, when they are known for this version. */
  effective: EffectiveRule | undefined;
  municipalityName: string | undefined;
  canOverride: boolean;
  onSaved: (rule: EffectiveRule) => void;
}

export function RuleParameters({ modelId, ruleId, ruleTitle, specs, effective, municipalityName, canOverride, onSaved }: RuleParametersProps) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const openers = useRef(new Map<string, HTMLButtonElement | null>());
  const entries = Object.entries(specs);
  const captionId = `params-caption-${ruleId}`.replace(/[^A-Za-z0-9_-]/g, '-');
  if (!entries.length) return null;

  function close(name: string) {
    setEditing(null);
    window.requestAnimationFrame(() => openers.current.get(name)?.focus());
  }

  return (
    <div className="models-parameters">
      <p className="models-param-caption" id={captionId}>
        {municipalityName && effective ? t('models.parametersFor', { municipality: municipalityName }) : t('models.parameters')}
      </p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-label={`${t('models.parameters')}: ${ruleTitle}`}>
        <table
          className="table table--compact jobspor-table models-table models-param-table"
          aria-labelledby={captionId}
          data-testid={`params-${ruleId}`}
        >
          <thead>
            <tr>
              <th scope="col">{t('models.col.parameter')}</th>
              <th scope="col">{t('models.col.value')}</th>
              <th scope="col">{t('models.col.default')}</th>
              <th scope="col">{t('models.col.bounds')}</th>
              <th scope="col">{t('models.col.basis')}</th>
              <th scope="col">{t('models.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([name, spec]) => {
              const current: EffectiveParameter | undefined = effective?.parameters.find((p) => p.name === name);
              const value = current?.value ?? spec.value;
              const override = current?.override ?? null;
              const differs = override !== null && value !== spec.value;
              const readable = parameterName(t, name);
              const editable: EditableParameter = {
                name,
                label: readable,
                unit: spec.unit,
                value,
                default: spec.value,
                min: spec.min,
                max: spec.max,
                overridden: override !== null,
              };
              const open = editing === name;
              return [
                <tr key={name} data-testid={`param-${ruleId}-${name}`}>
                  <th scope="row" className="models-row-head">
                    {readable}
                    <span className="models-muted-block">
                      <code>{name}</code>
                    </span>
                  </th>
                  <td className="models-value-cell" data-testid={`param-value-${ruleId}-${name}`}>
                    {override ? (
                      <>
                        <strong className={differs ? 'models-overridden' : undefined}>
                          {t('models.overridden', { value: withUnit(t, spec.unit, value), default: spec.value })}
                        </strong>
                        <span className="models-muted-block">
                          {t('models.overriddenBy', { name: override.setBy.name, when: formatDateTime(locale, override.setAt), reason: override.reason ?? t('models.none') })}
                        </span>
                      </>
                    ) : (
                      withUnit(t, spec.unit, value)
                    )}
                    {canOverride && !open ? (
                      <span className="models-edit">
                        <button
                          type="button"
                          className="button button-secondary jobspor-small-button"
                          aria-label={t('models.override.openLabel', { parameter: readable, rule: ruleTitle })}
                          onClick={() => {
                            setMessage('');
                            setEditing(name);
                          }}
                          ref={(el) => {
                            openers.current.set(name, el);
                          }}
                          data-testid={`override-open-${ruleId}-${name}`}
                        >
                          {t('models.override.open')}
                        </button>
                      </span>
                    ) : null}
                  </td>
                  <td className="jobspor-nowrap">{withUnit(t, spec.unit, spec.value)}</td>
                  <td className="jobspor-nowrap">{t('models.bounds', { min: spec.min, max: spec.max })}</td>
                  <td>{label(t, 'models.basis', spec.basis)}</td>
                  <td>
                    <SourceRef source={spec.source} />
                  </td>
                </tr>,
                open ? (
                  <tr key={`${name}-form`} className="jobspor-subrow">
                    <td colSpan={6}>
                      <OverrideForm
                        modelId={modelId}
                        ruleId={ruleId}
                        ruleTitle={ruleTitle}
                        parameter={editable}
                        onCancel={() => close(name)}
                        onSaved={(rule, text) => {
                          onSaved(rule);
                          setMessage(text);
                          close(name);
                        }}
                      />
                    </td>
                  </tr>
                ) : null,
              ];
            })}
          </tbody>
        </table>
      </div>
      {message ? (
        <Alert variant="success" className="models-saved" testId={`override-saved-${ruleId}`}>
          <p>{message}</p>
        </Alert>
      ) : null}
    </div>
  );
}
