/** The core elements (and framework requirements) with their rules and fidelity statements. */
import { useI18n } from '../../i18n/index.tsx';
import type { EffectiveRule, ModelDefinition } from '../../api/models.ts';
import { RuleItem } from './RuleItem.tsx';
import { SourceRef } from './SourceRef.tsx';
import { nameIn } from './text.ts';

interface CoreElementListProps {
  definition: ModelDefinition;
  /** The municipality's values by rule id; empty when they do not apply to the version shown. */
  effective: ReadonlyMap<string, EffectiveRule>;
  municipalityName: string | undefined;
  canOverride: boolean;
  onSaved: (rule: EffectiveRule) => void;
}

export function CoreElementList({ definition, effective, municipalityName, canOverride, onSaved }: CoreElementListProps) {
  const { t, lang } = useI18n();
  return (
    <section className="jobspor-section" aria-labelledby="core-elements-heading" data-testid="core-elements">
      <h2 id="core-elements-heading">{t('models.coreElements')}</h2>
      <p className="jobspor-prose">{t('models.coreElementsIntro')}</p>
      <ol className="models-elements no-max-width">
        {definition.coreElements.map((element) => {
          const headingId = `element-${element.id}`.replace(/[^A-Za-z0-9_-]/g, '-');
          return (
            <li key={element.id} className="models-element" data-testid={`core-element-${element.id}`}>
              <section aria-labelledby={headingId}>
                <h3 id={headingId} className="models-element-title">
                  <span className="models-element-id">{element.id}</span> {nameIn(lang, element.title)}
                  {element.kind === 'framework' ? <span className="badge badge-info models-kind">{t('models.framework')}</span> : null}
                </h3>
                {lang === 'en' ? (
                  <p className="models-muted models-alt-name" lang="da">
                    {element.title.da}
                  </p>
                ) : null}
                <p className="jobspor-prose">{element.description}</p>
                <p className="models-muted">
                  <SourceRef source={element.source} prefix />
                </p>

                <h4 className="h5">{t('models.rules')}</h4>
                {element.rules.length ? (
                  <ul className="models-rules no-max-width">
                    {element.rules.map((rule) => (
                      <RuleItem
                        key={rule.id}
                        definition={definition}
                        rule={rule}
                        effective={effective.get(rule.id)}
                        municipalityName={municipalityName}
                        canOverride={canOverride}
                        onSaved={onSaved}
                      />
                    ))}
                  </ul>
                ) : (
                  <p className="models-muted">{t('models.noRules')}</p>
                )}

                <h4 className="h5">{t('models.fidelityItems')}</h4>
                {element.fidelity.length ? (
                  <ul className="models-fidelity-items">
                    {element.fidelity.map((item) => (
                      <li key={item.id}>
                        {item.statement} <code className="models-muted">{item.id}</code>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p className="models-muted">{t('models.noFidelityItems')}</p>
                )}
              </section>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
