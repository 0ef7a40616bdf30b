/** The stored benefit code lists (source code → Jobspor state), each in a collapsible table. */
import type { CodeListBody } from '../../api/registers.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDateTime } from '../../labels.ts';

export function CodeLists({ codeLists }: { codeLists: readonly CodeListBody[] }) {
  const { t, locale } = useI18n();
  if (!codeLists.length) return <p data-testid="code-lists-empty">{t('reg.codeLists.empty')}</p>;
  return (
    <div data-testid="code-lists">
      {codeLists.map((list) => {
        const entries = Object.entries(list.entries).sort(([a], [b]) => a.localeCompare(b, 'da', { numeric: true }));
        const caption = t('reg.codeLists.caption', { name: list.name, version: list.version, when: formatDateTime(locale, list.loadedAt) });
        return (
          <details key={list.id} className="registers-code-list">
            <summary>
              {caption} · {t('reg.codeLists.entries', { count: entries.length })}
            </summary>
            <table className="table table--compact jobspor-table">
              <caption className="sr-only">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reg.codeLists.source')}</th>
                  <th scope="col">{t('reg.codeLists.state')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map(([source, state]) => (
                  <tr key={source}>
                    <th scope="row">
                      <code>{source}</code>
                    </th>
                    <td>
                      <code>{state}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        );
      })}
    </div>
  );
}
