/** The phases: the flow diagram with its transitions, then each phase with its entry and exit conditions. */
import { useI18n } from '../../i18n/index.tsx';
import type { ModelDefinition } from '../../api/models.ts';
import { PhaseFlow } from './PhaseFlow.tsx';
import { SourceRef } from './SourceRef.tsx';
import { conditionsText, nameIn } from './text.ts';

export function PhaseSection({ definition }: { definition: ModelDefinition }) {
  const { t, lang } = useI18n();
  const initial = definition.phases.find((p) => p.id === definition.initialPhase);
  return (
    <section className="jobspor-section" aria-labelledby="phases-heading" data-testid="phases">
      <h2 id="phases-heading">{t('models.phases')}</h2>
      <p>{t('models.initialPhase', { phase: initial ? nameIn(lang, initial.name) : definition.initialPhase })}</p>
      <PhaseFlow definition={definition} />
      <div className="table--responsive-scroll" tabIndex={0} role="region" aria-labelledby="phase-details-caption">
        <table className="table table--compact jobspor-table models-table" data-testid="phase-table">
          <caption id="phase-details-caption">{t('models.phaseDetails')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('models.col.phase')}</th>
              <th scope="col">{t('models.col.description')}</th>
              <th scope="col">{t('models.col.entry')}</th>
              <th scope="col">{t('models.col.exit')}</th>
              <th scope="col">{t('models.col.source')}</th>
            </tr>
          </thead>
          <tbody>
            {definition.phases.map((phase) => (
              <tr key={phase.id}>
                <th scope="row" className="models-row-head">
                  {nameIn(lang, phase.name)}
                  <span className="models-muted-block">
                    <code>{phase.id}</code>
                  </span>
                </th>
                <td>{phase.description}</td>
                <td>{conditionsText(t, phase.entry)}</td>
                <td>{conditionsText(t, phase.exit)}</td>
                <td>
                  <SourceRef source={phase.source} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
