/**
 * The phases of a model as a flow diagram (inline SVG laid out by
 * phaseLayout.ts) with a numbered list of the allowed transitions under it.
 * The arrows carry the same numbers as the list and the transition's
 * description as a tooltip; the list is what screen readers use.
 */
import { useId } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import type { ModelDefinition } from '../../api/models.ts';
import { layoutFlow, flowMetrics } from './phaseLayout.ts';
import { conditionsText, nameIn } from './text.ts';

export function PhaseFlow({ definition }: { definition: ModelDefinition }) {
  const { t, lang } = useI18n();
  const uid = useId().replace(/[^A-Za-z0-9]/g, '');
  const phaseName = (id: string) => {
    const phase = definition.phases.find((p) => p.id === id);
    return phase ? nameIn(lang, phase.name) : id;
  };
  const layout = layoutFlow(
    definition.phases.map((p) => ({ id: p.id, label: nameIn(lang, p.name) })),
    definition.transitions,
    definition.initialPhase,
  );
  const modelName = nameIn(lang, definition.name);
  const titleId = `flow-title-${uid}`;
  const descId = `flow-desc-${uid}`;
  const marker = (kind: string) => `flow-arrowhead-${kind}-${uid}`;
  const transitionText = (from: string, to: string) => t('models.transitionArrow', { from: phaseName(from), to: phaseName(to) });

  return (
    <figure className="models-flow" data-testid="phase-flow">
      <div className="models-flow-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
        <svg
          className={`models-flow-svg models-flow-svg-${Math.min(definition.phases.length, 6)}`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
        >
          <title id={titleId}>{t('models.flowTitle', { model: modelName })}</title>
          <desc id={descId}>{t('models.flowDesc', { phases: definition.phases.length })}</desc>
          <defs>
            {['forward', 'back', 'start'].map((kind) => (
              <marker
                key={kind}
                id={marker(kind)}
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className={`models-flow-head models-flow-head-${kind}`} />
              </marker>
            ))}
          </defs>

          {layout.start ? (
            <g className="models-flow-start">
              <circle cx={layout.start.dot.x} cy={layout.start.dot.y} r="6" />
              <path d={layout.start.path} markerEnd={`url(#${marker('start')})`} />
              <text x={layout.start.label.x} y={layout.start.label.y} textAnchor={layout.start.label.x < 40 ? 'middle' : 'start'}>
                {t('models.flowStart')}
              </text>
            </g>
          ) : null}

          {layout.boxes.map((box) => {
            const phase = definition.phases.find((p) => p.id === box.id);
            const textTop = box.y + box.height / 2 - ((box.lines.length - 1) * flowMetrics.lineHeight) / 2;
            return (
              <g key={box.id} className={`models-flow-phase${box.id === definition.initialPhase ? ' models-flow-phase-initial' : ''}`} data-phase={box.id}>
                <title>{phase ? `${nameIn(lang, phase.name)}: ${phase.description}` : box.id}</title>
                <rect x={box.x} y={box.y} width={box.width} height={box.height} rx="6" ry="6" />
                <text x={box.x + box.width / 2} y={textTop} textAnchor="middle" dominantBaseline="middle">
                  {box.lines.map((line, i) => (
                    <tspan key={i} x={box.x + box.width / 2} y={textTop + i * flowMetrics.lineHeight}>
                      {line}
                    </tspan>
                  ))}
                </text>
              </g>
            );
          })}

          {layout.arrows.map((arrow) => {
            const transition = definition.transitions.find((tr) => tr.from === arrow.from && tr.to === arrow.to);
            const head = arrow.kind === 'back' ? 'back' : 'forward';
            return (
              <g
                key={`${arrow.from}->${arrow.to}`}
                className={`models-flow-arrow models-flow-arrow-${arrow.kind}`}
                data-transition={`${arrow.from}->${arrow.to}`}
              >
                <title>{`${arrow.number}. ${transitionText(arrow.from, arrow.to)}: ${transition?.description ?? ''}`}</title>
                <path className="models-flow-hit" d={arrow.path} />
                <path className="models-flow-line" d={arrow.path} markerEnd={`url(#${marker(head)})`} />
                <circle className="models-flow-badge" cx={arrow.badge.x} cy={arrow.badge.y} r={flowMetrics.badgeRadius} />
                <text className="models-flow-badge-text" x={arrow.badge.x} y={arrow.badge.y} textAnchor="middle" dominantBaseline="central">
                  {arrow.number}
                </text>
                {arrow.kind === 'back' ? (
                  <text className="models-flow-back-label" x={arrow.badge.x} y={arrow.badge.y + flowMetrics.badgeRadius + 12} textAnchor="middle">
                    {t('models.flowBack')}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>

      <figcaption className="models-flow-caption">
        <h3 className="h5" id={`transitions-${uid}`}>
          {t('models.transitions')}
        </h3>
        {layout.arrows.length ? (
          <ol className="models-flow-list" aria-labelledby={`transitions-${uid}`}>
            {layout.arrows.map((arrow) => {
              const transition = definition.transitions.find((tr) => tr.from === arrow.from && tr.to === arrow.to);
              return (
                <li key={`${arrow.from}->${arrow.to}`} data-testid={`transition-${arrow.from}-${arrow.to}`}>
                  <strong>{transitionText(arrow.from, arrow.to)}</strong>
                  {arrow.kind === 'back' ? <span className="models-back-tag"> {t('models.transitionBack')}</span> : null}
                  {transition ? `: ${transition.description}` : null}
                  {transition?.when.length ? (
                    <span className="models-muted-block">{t('models.transitionRequires', { conditions: conditionsText(t, transition.when) })}</span>
                  ) : null}
                </li>
              );
            })}
          </ol>
        ) : (
          <p>{t('models.noTransitions')}</p>
        )}
      </figcaption>
    </figure>
  );
}
