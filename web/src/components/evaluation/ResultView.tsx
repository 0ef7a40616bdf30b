/** A result, from a finished run or a saved analysis: effect, warnings, balance, survival, event study and the cohort. */
import type { ShownResult } from '../../api/evaluation.ts';
import { BalanceSection } from './BalanceSection.tsx';
import { CohortSection } from './CohortSection.tsx';
import { EffectCard, ResultWarnings } from './EffectCard.tsx';
import { EventStudySection } from './EventStudySection.tsx';
import { SurvivalSection } from './SurvivalSection.tsx';

export function ResultView({ shown }: { shown: ShownResult }) {
  const { result } = shown;
  return (
    <div data-testid="eval-result">
      <EffectCard result={result} />
      <ResultWarnings result={result} />
      {result.balance && result.balance.before.length ? <BalanceSection balance={result.balance} /> : null}
      {result.survival ? <SurvivalSection survival={result.survival} /> : null}
      {result.eventStudy ? <EventStudySection eventStudy={result.eventStudy} result={result} /> : null}
      <CohortSection shown={shown} />
    </div>
  );
}
