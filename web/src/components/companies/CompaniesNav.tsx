/**
 * The sub-navigation of the company screens: Virksomheder | Opslag |
 * Min arbejdsliste | Importér (the import only for roles that may write).
 */
import type { MessageKey } from '../../i18n/index.tsx';
import { useT } from '../../i18n/index.tsx';
import { Link, usePath } from '../../router.tsx';
import { useSession } from '../../session.tsx';
import { canWriteCompanies } from './access.ts';
import './companies.css';

interface Item {
  href: string;
  label: MessageKey;
  write?: boolean;
}

const items: Item[] = [
  { href: '/virksomheder', label: 'companies.nav.companies' },
  { href: '/virksomheder/opslag', label: 'companies.nav.openings' },
  { href: '/virksomheder/arbejdsliste', label: 'companies.nav.worklist' },
  { href: '/virksomheder/import', label: 'companies.nav.import', write: true },
];

const subPages = new Set(items.map((item) => item.href));

export function CompaniesNav() {
  const t = useT();
  const path = usePath().replace(/\/+$/, '');
  const { me } = useSession();
  const canWrite = canWriteCompanies(me.roles);
  return (
    <nav className="companies-subnav" aria-label={t('companies.nav.label')} data-testid="companies-subnav">
      <ul>
        {items
          .filter((item) => !item.write || canWrite)
          .map((item) => {
            const current = path === item.href;
            // A company's own page belongs under "Virksomheder".
            const within = item.href === '/virksomheder' && path.startsWith('/virksomheder/') && !subPages.has(path);
            return (
              <li key={item.href} className={current || within ? 'companies-subnav-active' : undefined}>
                <Link to={item.href} aria-current={current ? 'page' : within ? 'true' : undefined} data-testid={`companies-nav-${item.href.split('/')[2] ?? 'list'}`}>
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}
