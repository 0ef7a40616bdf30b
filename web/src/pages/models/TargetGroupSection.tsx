/** The model's target group: the description and the eligibility rules with their sources. */
import { useT } from '../../i18n/index.tsx';
import type { EligibilityRule, ModelDefinition } from '../../api/models.ts';
import { SourceRef } from './SourceRef.tsx';

type Option = Extract<EligibilityRule, { type: 'any_of' }>['rules'][number];

function OptionItem({ rule }: { rule: Option }) {
  const t = useT();
  if (rule.type !== 'all_of') return <li>{rule.explanation}</li>;
  return (
    <li>
      {rule.explanation} <span className="models-muted">{t('models.eligibility.allOf')}</span>
      <ul>
        {rule.rules.map((leaf) => (
          <li key={leaf.id}>{leaf.explanation}</li>
        ))}
      </ul>
    </li>
  );
}

export function TargetGroupSection({ definition }: { definition: ModelDefinition }) {
  const t = useT();
  const { targetGroup } = definition;
  return (
    <section className="jobspor-section" aria-labelledby="target-group-heading" data-testid="target-group">
      <h2 id="target-group-heading">{t('models.targetGroup')}</h2>
      <p className="jobspor-prose">{targetGroup.description}</p>
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="eligibility-caption">
        <table className="table table--compact jobspor-table models-table">
          <caption id="eligibility-caption">
            {t('models.eligibilityRules')} <span className="weight-normal models-muted">{t('models.eligibilityHint')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('models.col.id')}</th>
              <th scope="col">{t('models.col.rule')}</th>
              <th scope="col">{t('models.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {targetGroup.rules.map((rule) => (
              <tr key={rule.id}>
                <td>
                  <code>{rule.id}</code>
                </td>
                <td>
                  {rule.explanation}
                  {rule.type === 'any_of' ? (
                    <>
                      <span className="models-muted-block">{t('models.eligibility.anyOf')}</span>
                      <ul className="models-options">
                        {rule.rules.map((option) => (
                          <OptionItem key={option.id} rule={option} />
                        ))}
                      </ul>
                    </>
                  ) : null}
                </td>
                <td>
                  <SourceRef source={rule.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
