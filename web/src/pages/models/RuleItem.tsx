/** One checkable rule: title, type, what it checks, who it applies to, its parameters and source. */
import { useI18n } from '../../i18n/index.tsx';
import type { EffectiveRule, ModelDefinition, ParameterSpec, Rule } from '../../api/models.ts';
import { RuleParameters } from './RuleParameters.tsx';
import { SourceRef } from './SourceRef.tsx';
import { appliesToText, label, nameIn, ruleDetails } from './text.ts';

interface RuleItemProps {
  definition: ModelDefinition;
  rule: Rule;
  effective: EffectiveRule | undefined;
  municipalityName: string | undefined;
  canOverride: boolean;
  onSaved: (rule: EffectiveRule) => void;
}

export function RuleItem({ definition, rule, effective, municipalityName, canOverride, onSaved }: RuleItemProps) {
  const { t, lang } = useI18n();
  const title = nameIn(lang, rule.title);
  const details = ruleDetails(t, rule);
  const typeLabel = label(t, 'models.ruleType', rule.type);
  return (
    <li className="models-rule" data-testid={`rule-${rule.id}`}>
      <h5 className="models-rule-title">
        {title} <code className="models-id">{rule.id}</code>
      </h5>
      <dl className="models-rule-facts">
        <dt>{t('models.ruleType')}</dt>
        <dd>
          {typeLabel === rule.type && effective ? effective.typeLabel : typeLabel} <code className="models-muted">{rule.type}</code>
        </dd>
        <dt>{t('models.ruleChecks')}</dt>
        <dd>{rule.description}</dd>
        {details.length ? (
          <>
            <dt>{t('models.ruleDetails')}</dt>
            <dd>{details.join('; ')}</dd>
          </>
        ) : null}
        <dt>{t('models.appliesTo')}</dt>
        <dd>{appliesToText(t, lang, definition, rule.appliesTo)}</dd>
        <dt>{t('models.source')}</dt>
        <dd>
          <SourceRef source={rule.source} />
        </dd>
      </dl>
      <RuleParameters
        modelId={definition.id}
        ruleId={rule.id}
        ruleTitle={title}
        specs={rule.params as Record<string, ParameterSpec>}
        effective={effective}
        municipalityName={municipalityName}
        canOverride={canOverride}
        onSaved={onSaved}
      />
    </li>
  );
}
