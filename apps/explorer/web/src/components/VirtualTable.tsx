/**
 * A dense, sortable table that renders only the rows in view (plus a few), so 256 or 1,000 rows cost the
 * same DOM as 30. Columns are a CSS grid; sorting is by the column's `sort` key, click again to reverse.
 */
import { type ReactNode, useMemo, useState } from 'react';

export interface Column<T> {
  readonly key: string;
  readonly title: string;
  readonly render: (row: T) => ReactNode;
  /** sort key; columns without one are not sortable */
  readonly sort?: (row: T) => number | string | bigint;
  /** CSS grid track, e.g. `80px` or `minmax(120px, 1fr)` (default `1fr`) */
  readonly width?: string;
  readonly align?: 'left' | 'right';
  readonly hint?: string;
}

export interface VirtualTableProps<T> {
  readonly rows: readonly T[];
  readonly columns: readonly Column<T>[];
  readonly rowKey: (row: T) => string | number;
  /** names the table for tests: `data-table="<name>"` */
  readonly name: string;
  readonly rowHeight?: number;
  /** visible height in px (default: up to 20 rows) */
  readonly maxHeight?: number;
  readonly initialSort?: { readonly key: string; readonly descending?: boolean };
  readonly empty?: ReactNode;
}

const OVERSCAN = 8;

function compare(a: number | string | bigint, b: number | string | bigint): number {
  if (typeof a === 'string' || typeof b === 'string') return String(a).localeCompare(String(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

function useSorted<T>(rows: readonly T[], columns: readonly Column<T>[], sort: SortState): readonly T[] {
  return useMemo(() => {
    const column = columns.find((c) => c.key === sort.key);
    if (column?.sort === undefined) return rows;
    const by = column.sort;
    const keyed = rows.map((row) => ({ row, key: by(row) }));
    keyed.sort((x, y) => (sort.descending ? -1 : 1) * compare(x.key, y.key));
    return keyed.map((k) => k.row);
  }, [rows, columns, sort]);
}

interface SortState {
  readonly key: string;
  readonly descending: boolean;
}

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { rows, columns, rowKey, name, rowHeight = 28 } = props;
  const [sort, setSort] = useState<SortState>({
    key: props.initialSort?.key ?? '',
    descending: props.initialSort?.descending ?? false,
  });
  const [scrollTop, setScrollTop] = useState(0);
  const sorted = useSorted(rows, columns, sort);
  const height = Math.min(props.maxHeight ?? rowHeight * 20, Math.max(rowHeight, sorted.length * rowHeight));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(sorted.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const grid = columns.map((c) => c.width ?? 'minmax(80px, 1fr)').join(' ');
  const onHeader = (column: Column<T>) => {
    if (column.sort === undefined) return;
    setSort((old) => ({ key: column.key, descending: old.key === column.key ? !old.descending : true }));
  };
  return (
    <div className="vtable" data-table={name} data-rows={rows.length}>
      <div className="vtable-head" style={{ gridTemplateColumns: grid }}>
        {columns.map((c) => (
          <div key={c.key} title={c.hint} className={c.align === 'right' ? 'num' : ''} data-col={c.key}>
            {c.sort === undefined ? (
              c.title
            ) : (
              <button type="button" className="sort" onClick={() => onHeader(c)}>
                {c.title}
                {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            )}
          </div>
        ))}
      </div>
      {sorted.length === 0 ? (
        <div className="vtable-empty">{props.empty ?? 'nothing yet'}</div>
      ) : (
        <div
          className="vtable-body"
          style={{ height }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div style={{ height: sorted.length * rowHeight, position: 'relative' }}>
            {sorted.slice(first, last).map((row, i) => (
              <div
                key={rowKey(row)}
                className="vtable-row"
                style={{ gridTemplateColumns: grid, top: (first + i) * rowHeight, height: rowHeight }}
              >
                {columns.map((c) => (
                  <div key={c.key} className={c.align === 'right' ? 'num' : ''}>
                    {c.render(row)}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
