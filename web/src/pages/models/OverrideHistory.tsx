/** Every change of the model's parameters in the caller's municipality, newest first. */
import { useI18n } from '../../i18n/index.tsx';
import type { ModelDefinition, OverrideHistoryEntry, ParameterSpec } from '../../api/models.ts';
import { formatDateTime } from '../../labels.ts';
import { nameIn, parameterName, withUnit } from './text.ts';

interface OverrideHistoryProps {
  definition: ModelDefinition;
  history: readonly OverrideHistoryEntry[];
  municipalityName: string | undefined;
}

export function OverrideHistory({ definition, history, municipalityName }: OverrideHistoryProps) {
  const { t, lang, locale } = useI18n();
  const rules = new Map(definition.coreElements.flatMap((e) => e.rules).map((r) => [r.id, r]));
  return (
    <section className="jobspor-section" aria-labelledby="history-heading" data-testid="override-history">
      <h2 id="history-heading">{t('models.history')}</h2>
      {municipalityName ? <p>{t('models.historyIntro', { municipality: municipalityName })}</p> : null}
      {history.length === 0 ? (
        <p data-testid="history-empty">{t('models.historyEmpty')}</p>
      ) : (
        <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="history-heading">
          <table className="table table--compact table--zebra jobspor-table models-table">
            <thead>
              <tr>
                <th scope="col">{t('models.col.when')}</th>
                <th scope="col">{t('models.col.ruleName')}</th>
                <th scope="col">{t('models.col.parameter')}</th>
                <th scope="col">{t('models.col.value')}</th>
                <th scope="col">{t('models.col.who')}</th>
                <th scope="col">{t('models.col.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => {
                const rule = rules.get(entry.ruleId);
                const spec = (rule?.params as Record<string, ParameterSpec> | undefined)?.[entry.parameter];
                const show = (value: number) => (spec ? withUnit(t, spec.unit, value) : String(value));
                return (
                  <tr key={String(entry.id)} data-testid="history-row">
                    <td className="jobspor-nowrap">{formatDateTime(locale, entry.setAt)}</td>
                    <td>
                      {rule ? nameIn(lang, rule.title) : entry.ruleId} <code className="models-muted">{entry.ruleId}</code>
                    </td>
                    <td>{parameterName(t, entry.parameter)}</td>
                    <td className="jobspor-nowrap">
                      {entry.value === null ? `${t('models.historyReset')}${spec ? ` (${show(spec.value)})` : ''}` : show(entry.value)}
                    </td>
                    <td>{entry.setBy.name}</td>
                    <td>{entry.reason ?? t('models.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
