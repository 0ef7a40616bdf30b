import { ComingSoon } from '../components/ComingSoon.tsx';

export function FidelityPage() {
  return <ComingSoon titleKey="fidelitet.title" bodyKey="fidelitet.body" />;
}
