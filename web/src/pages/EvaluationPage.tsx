import { ComingSoon } from '../components/ComingSoon.tsx';

export function EvaluationPage() {
  return <ComingSoon titleKey="evaluering.title" bodyKey="evaluering.body" />;
}
