import { useT } from '../i18n/index.tsx';
import { Icon } from './Icon.tsx';

interface PaginationProps {
  total: number;
  limit: number;
  offset: number;
  onOffset: (offset: number) => void;
}

type Item = number | 'gap';

function pageItems(current: number, pages: number): Item[] {
  if (pages <= 7) return Array.from({ length: pages }, (_, i) => i + 1);
  if (current < 5) return [1, 2, 3, 4, 5, 'gap', pages];
  if (current + 4 > pages) return [1, 'gap', pages - 4, pages - 3, pages - 2, pages - 1, pages];
  return [1, 'gap', current - 1, current, current + 1, 'gap', pages];
}

/** DKFDS pagination with buttons (the page state lives in the component, not the URL). */
export function Pagination({ total, limit, offset, onOffset }: PaginationProps) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / limit));
  const current = Math.min(pages, Math.floor(offset / limit) + 1);
  if (pages <= 1) return null;
  const go = (page: number) => onOffset((page - 1) * limit);
  return (
    <div role="group" className="pagination" aria-label={t('common.pagination')}>
      <button
        type="button"
        className={`button button-arrow button-previous${current === 1 ? ' hidden' : ''}`}
        onClick={() => go(current - 1)}
      >
        <Icon name="chevron-left" />
        <span className="pagination-nav-link">{t('common.previous')}</span>
      </button>
      <span className="pagination-mobile">{t('common.pageOf', { page: current, pages })}</span>
      <ul className="pagination__items">
        {pageItems(current, pages).map((item, index) =>
          item === 'gap' ? (
            <li className="pagination-item pagination-overflow" key={`gap-${index}`}>
              <span aria-hidden="true">…</span>
            </li>
          ) : (
            <li className="pagination-item pagination-number" key={item}>
              <button
                type="button"
                className={item === current ? 'button current-page' : 'button button-secondary'}
                aria-current={item === current ? 'true' : undefined}
                aria-label={t('common.pageOf', { page: item, pages })}
                onClick={() => go(item)}
              >
                {item}
              </button>
            </li>
          ),
        )}
      </ul>
      <button
        type="button"
        className={`button button-arrow button-next${current === pages ? ' hidden' : ''}`}
        onClick={() => go(current + 1)}
      >
        <span className="pagination-nav-link">{t('common.next')}</span>
        <Icon name="chevron-right" />
      </button>
    </div>
  );
}
