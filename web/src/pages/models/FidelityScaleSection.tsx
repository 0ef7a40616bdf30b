/** The answer scale fidelity statements are rated on, and which answers count as high fidelity. */
import { useT } from '../../i18n/index.tsx';
import type { ModelDefinition } from '../../api/models.ts';
import { SourceRef } from './SourceRef.tsx';

export function FidelityScaleSection({ definition }: { definition: ModelDefinition }) {
  const t = useT();
  const scale = definition.fidelityScale;
  return (
    <section className="jobspor-section" aria-labelledby="fidelity-scale-heading" data-testid="fidelity-scale">
      <h2 id="fidelity-scale-heading">{t('models.fidelityScale')}</h2>
      <p className="jobspor-prose">
        {scale.description} <SourceRef source={scale.source} prefix />
      </p>
      <h3 className="h5">{t('models.scalePoints')}</h3>
      <ol className="models-scale no-max-width">
        {scale.points.map((point) => (
          <li key={point.value} className={scale.positive.includes(point.value) ? 'models-scale-positive' : undefined}>
            {/* Labels such as '1 – laveste grad' already start with the value. */}
            {point.label.startsWith(String(point.value)) ? (
              point.label
            ) : (
              <>
                <span className="models-scale-value">{point.value}</span> {point.label}
              </>
            )}
          </li>
        ))}
      </ol>
      <p>{t('models.scalePositive', { values: scale.positive.join(', ') })}</p>
    </section>
  );
}
