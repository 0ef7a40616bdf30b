import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.tsx';
import { Icon } from '../Icon.tsx';

export interface SortState<K extends string> {
  key: K;
  direction: 'ascending' | 'descending';
}

interface SortableHeaderProps<K extends string> {
  sortKey: K;
  sort: SortState<K>;
  onSort: (sort: SortState<K>) => void;
  children: ReactNode;
  /** Direction on the first click (numbers where "most" matters start descending). */
  firstDirection?: 'ascending' | 'descending';
  className?: string;
}

/**
 * A column header that sorts the table: a real button (keyboard and screen
 * readers), aria-sort on the header cell, and the DKFDS sort icons.
 */
export function SortableHeader<K extends string>({ sortKey, sort, onSort, children, firstDirection = 'ascending', className }: SortableHeaderProps<K>) {
  const t = useT();
  const active = sort.key === sortKey;
  const next: SortState<K> = active
    ? { key: sortKey, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
    : { key: sortKey, direction: firstDirection };
  const icon = !active ? 'sort-table-none' : sort.direction === 'ascending' ? 'sort-table-ascending' : 'sort-table-descending';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={className}>
      <button type="button" className="caseload-sort" onClick={() => onSort(next)} data-testid={`sort-${sortKey}`}>
        <span>{children}</span>
        <Icon name={icon} className="caseload-sort-icon" />
        <span className="sr-only">
          {' '}
          {t(next.direction === 'ascending' ? 'caseload.sortAscending' : 'caseload.sortDescending')}
        </span>
      </button>
    </th>
  );
}
