/** Revisionslog (audit.read: administrators and managers): search and print who accessed a citizen's data. */
import { AuditLog } from '../components/admin/AuditLog.tsx';
import { usePageTitle } from '../hooks.ts';
import { useT } from '../i18n/index.tsx';

export function AuditPage() {
  const t = useT();
  usePageTitle(t('revisionslog.title'));
  return (
    <>
      <h1 className="jobspor-no-print">{t('revisionslog.title')}</h1>
      <p className="jobspor-no-print">{t('revisionslog.intro')}</p>
      <AuditLog />
    </>
  );
}
