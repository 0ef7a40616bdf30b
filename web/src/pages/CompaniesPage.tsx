import { ComingSoon } from '../components/ComingSoon.tsx';

export function CompaniesPage() {
  return <ComingSoon titleKey="virksomheder.title" bodyKey="virksomheder.body" />;
}
