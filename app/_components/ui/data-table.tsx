import Link from 'next/link';
import type { ReactNode } from 'react';
import { getT } from '@/lib/i18n/server';
import type { Lng } from '@/lib/i18n/settings';
import '@utrecht/table-css';
import './data-table.css';

type SortDir = 'asc' | 'desc';

export interface Column<R> {
  key: string;
  /** The column header; also the label of the value when the table shows as cards on a phone. */
  header: string;
  cell: (row: R) => ReactNode;
  /** The URL sort key of a sortable column. */
  sort?: string;
  /** The name (or other identifying) column: a <th scope="row">, the title of the card on a phone. */
  rowHeader?: boolean;
  numeric?: boolean;
  /** For values in another language than the page (German employer names on a Dutch page). */
  lang?: (row: R) => string | undefined;
  className?: string;
}

export interface TableSort {
  sort: string;
  dir: SortDir;
  /** The link that sorts by this key in this direction (page back to 1). */
  href: (sort: string, dir: SortDir) => string;
}

/**
 * A table of rows: caption, sortable headers (links, with aria-sort), an empty state and row
 * actions. Below 40rem (640 px) each row shows as a card: the row header as its title, every
 * other value under its column's name (no sideways scrolling on a phone).
 */
export function DataTable<R>({
  lng,
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  rowTestId,
  rowData,
  empty,
  sort,
  actions,
  testId,
  className,
  compact,
}: {
  lng: Lng;
  /** A string when hidden (it becomes the table's aria-label). */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string | number;
  rowTestId?: (row: R) => string;
  /** data-* attributes of a row (a state or date for tests and styles). */
  rowData?: (row: R) => Record<`data-${string}`, string>;
  empty: ReactNode;
  sort?: TableSort;
  actions?: (row: R) => ReactNode;
  testId?: string;
  className?: string;
  /** A name and a few short figures: stays a table on a phone instead of a card per row. */
  compact?: boolean;
}) {
  const t = getT(lng);
  const span = columns.length + (actions ? 1 : 0);
  const hiddenName = captionHidden && typeof caption === 'string' ? caption : undefined;
  return (
    <div className="gz-table-wrap">
      {/* A hidden caption names the table by aria-label: a visually hidden <caption> keeps a table
          caption's box in Chromium, which lies over the first rows (the layout walk saw it). */}
      <table
        className={`utrecht-table utrecht-table--html-table gz-table${compact ? ' gz-table--compact' : ''}${className ? ` ${className}` : ''}`}
        data-testid={testId}
        aria-label={hiddenName}
      >
        {hiddenName ? null : <caption className={`utrecht-table__caption gz-table__caption${captionHidden ? ' visually-hidden' : ''}`}>{caption}</caption>}
        <thead className="utrecht-table__header gz-table__head">
          <tr className="utrecht-table__row">
            {columns.map((column) => {
              const active = sort && column.sort && sort.sort === column.sort;
              const numeric = column.numeric ? ' utrecht-table__header-cell--numeric-column' : '';
              if (!sort || !column.sort)
                return (
                  <th key={column.key} scope="col" className={`utrecht-table__header-cell${numeric}`}>
                    {column.header}
                  </th>
                );
              const next: SortDir = active && sort.dir === 'asc' ? 'desc' : 'asc';
              return (
                <th
                  key={column.key}
                  scope="col"
                  className={`utrecht-table__header-cell${numeric}`}
                  aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <Link href={sort.href(column.sort, next)} className="gz-table__sort">
                    {column.header}
                    <span aria-hidden="true" className="gz-table__sort-mark">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                    <span className="visually-hidden">{active ? t(sort.dir === 'asc' ? 'kit.sortedAsc' : 'kit.sortedDesc') : t('kit.sortBy')}</span>
                  </Link>
                </th>
              );
            })}
            {actions ? (
              <th scope="col" className="utrecht-table__header-cell">
                {t('kit.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.length === 0 ? (
            <tr className="utrecht-table__row gz-table__empty">
              <td colSpan={span} className="utrecht-table__cell">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className="utrecht-table__row" data-testid={rowTestId?.(row)} {...rowData?.(row)}>
                {columns.map((column) => {
                  const cellClass = `utrecht-table__cell${column.numeric ? ' utrecht-table__cell--numeric-data' : ''}${column.className ? ` ${column.className}` : ''}`;
                  return column.rowHeader ? (
                    <th key={column.key} scope="row" className={`${cellClass} gz-table__row-header`} lang={column.lang?.(row)}>
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={cellClass} data-label={column.header} lang={column.lang?.(row)}>
                      {column.cell(row)}
                    </td>
                  );
                })}
                {actions ? (
                  <td className="utrecht-table__cell gz-table__actions" data-label={t('kit.actions')}>
                    {actions(row)}
                  </td>
                ) : null}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
