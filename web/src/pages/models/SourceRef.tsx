/** A source reference ('000 §4.1.2') with the seed report's title as its tooltip. */
import { useT } from '../../i18n/index.tsx';
import type { SourceRef as Ref } from '../../api/models.ts';
import { formatSource, seedTitle } from './text.ts';

export function SourceRef({ source, prefix }: { source: Ref; prefix?: boolean }) {
  const t = useT();
  const text = formatSource(source);
  return (
    <span className="models-source" title={seedTitle(t, source.seed)} data-testid="source-ref">
      {prefix ? t('models.sourceLine', { source: text }) : text}
    </span>
  );
}
