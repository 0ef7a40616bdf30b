/** A small box on Overblik with a heading, content and a button to the full tab. */
import type { ReactNode } from 'react';

interface SummaryCardProps {
  id: string;
  heading: string;
  children: ReactNode;
  goLabel?: string;
  onGo?: (() => void) | undefined;
  /** Spans the whole row of the grid. */
  wide?: boolean;
}

export function SummaryCard({ id, heading, children, goLabel, onGo, wide }: SummaryCardProps) {
  return (
    <section className={`records-card${wide ? ' records-card-wide' : ''}`} aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`} className="h4 records-card-heading">
        {heading}
      </h3>
      <div className="records-card-body">{children}</div>
      {onGo && goLabel ? (
        <button type="button" className="button button-tertiary jobspor-small-button records-card-go" onClick={onGo}>
          {goLabel}
        </button>
      ) : null}
    </section>
  );
}
