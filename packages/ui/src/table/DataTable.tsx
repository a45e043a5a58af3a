import { Fragment, useState, type CSSProperties, type ReactNode } from 'react';
import { getCoreRowModel, useReactTable, type SortingState, type Updater } from '@tanstack/react-table';
import { App, Button, Empty, Flex, Input, Pagination, Spin, theme } from 'antd';
import { CaretDownOutlined, CaretUpOutlined, DownOutlined, DownloadOutlined, RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/useLanguage';
import type { DataColumn } from './columnMeta';
import { buildSheet, downloadXlsx, headerTextOf } from './excel';
import type { TableQuery } from './query';

/**
 * A header or cell definition rendered by calling it, not mounted as a component (TanStack's
 * flexRender mounts it): a column list rebuilt on each render gives a new function each time,
 * and React would then remount the cell, losing a popover's or a select's state in it on any
 * refresh of the page. Hooks belong in components the cell returns (the lint rule enforces it).
 */
function renderPart<Context>(part: ReactNode | ((context: Context) => ReactNode) | undefined, context: Context): ReactNode {
  return typeof part === 'function' ? part(context) : (part ?? null);
}

export interface DataTableProps<T> {
  columns: Array<DataColumn<T>>;
  data: readonly T[];
  total: number;
  /** Page, page size, sort and search; the parent owns it and sends it to the server. */
  query: TableQuery;
  onQueryChange: (query: TableQuery) => void;
  getRowId: (row: T) => string;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Filter controls beside the search box; the parent resets `page` to 1 when they change. */
  filters?: ReactNode;
  /** Buttons at the right end of the toolbar (e.g. "New"). */
  toolbar?: ReactNode;
  searchable?: boolean;
  searchPlaceholder?: string;
  /** Loads every row matching the current filters for the Excel export; no export button without it. */
  fetchAll?: () => Promise<readonly T[]>;
  exportFileName?: string;
  /** Accessible name of the table. */
  caption: string;
  testId?: string;
  pageSizeOptions?: number[];
  /** Details shown under a row when it is expanded (a toggle column comes first); no toggle without it. */
  renderExpanded?: (row: T) => ReactNode;
  /** Short complete lists (e.g. a settings table) hide the pager; default true. */
  paginated?: boolean;
}

const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/** The one list component: server-side paging, sorting and search, filter slot, states and Excel export. */
export function DataTable<T>(props: DataTableProps<T>) {
  const { columns, data, total, query, onQueryChange, getRowId, loading = false, error, onRetry } = props;
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [searchDraft, setSearchDraft] = useState(query.search ?? '');
  const [exporting, setExporting] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { renderExpanded } = props;
  const toggleExpanded = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const sorting: SortingState = query.sortBy ? [{ id: query.sortBy, desc: query.sortDirection === 'desc' }] : [];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    onQueryChange({ ...query, page: 1, sortBy: first?.id, sortDirection: first?.desc ? 'desc' : 'asc' });
  };

  const table = useReactTable<T>({
    data: data as T[],
    columns,
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    // Sorting is opt-in per column: the server accepts only a fixed list of sort fields.
    defaultColumn: { enableSorting: false },
    enableMultiSort: false,
    sortDescFirst: false,
    state: { sorting, pagination: { pageIndex: query.page - 1, pageSize: query.pageSize } },
    onSortingChange,
  });

  const exportAll = async () => {
    if (!props.fetchAll) return;
    setExporting(true);
    try {
      const rows = await props.fetchAll();
      await downloadXlsx(props.exportFileName ?? props.caption, buildSheet(table.getVisibleLeafColumns(), rows, pick));
      void message.success(t('table.exportDone', { count: rows.length }));
    } catch (cause) {
      console.error('Excel export failed', cause);
      void message.error(t('table.exportFailed'));
    } finally {
      setExporting(false);
    }
  };

  const cellStyle = (align: 'left' | 'center' | 'right' = 'left'): CSSProperties => ({
    padding: '10px 12px',
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: align,
  });
  const onScreen = (column: { columnDef: { meta?: { exportOnly?: boolean } } }) => !column.columnDef.meta?.exportOnly;
  const leafCount = table.getVisibleLeafColumns().filter(onScreen).length + (renderExpanded ? 1 : 0);

  return (
    <Flex vertical gap={12} data-testid={props.testId}>
      <Flex gap={8} wrap align="center" role="toolbar" aria-label={props.caption}>
        {props.searchable !== false && (
          <Input.Search
            aria-label={t('table.search')}
            data-testid="table-search"
            allowClear
            placeholder={props.searchPlaceholder ?? t('table.searchPlaceholder')}
            value={searchDraft}
            onChange={(e) => setSearchDraft(e.target.value)}
            onSearch={(value) => onQueryChange({ ...query, page: 1, search: value.trim() || undefined })}
            style={{ width: 260 }}
          />
        )}
        {props.filters}
        <div style={{ flex: 1 }} />
        {props.toolbar}
        {props.fetchAll && (
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportAll()} data-testid="table-export">
            {t('table.export')}
          </Button>
        )}
      </Flex>

      {error ? <ErrorAlert error={error} onRetry={onRetry} testId="table-error" /> : null}

      <Spin spinning={loading}>
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'collapse', background: token.colorBgContainer }} aria-busy={loading}>
            {/* Names the table for screen readers; the page heading already shows it. */}
            <caption style={VISUALLY_HIDDEN}>
              {props.caption}
            </caption>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} style={{ background: token.colorFillAlter }}>
                  {renderExpanded && (
                    <th scope="col" style={{ ...cellStyle('center'), width: 40 }}>
                      <span style={VISUALLY_HIDDEN}>{t('table.details')}</span>
                    </th>
                  )}
                  {group.headers.filter((header) => onScreen(header.column)).map((header) => {
                    const sorted = header.column.getIsSorted();
                    const label = header.isPlaceholder ? null : renderPart(header.column.columnDef.header, header.getContext());
                    const align = header.column.columnDef.meta?.align;
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                        style={{ ...cellStyle(align), fontWeight: 600, whiteSpace: 'nowrap' }}
                      >
                        {header.column.getCanSort() ? (
                          <button
                            type="button"
                            onClick={header.column.getToggleSortingHandler()}
                            title={t('table.sortBy', { column: headerTextOf(header.column) })}
                            data-testid={`sort-${header.column.id}`}
                            style={{ background: 'none', border: 0, padding: 0, font: 'inherit', color: 'inherit', cursor: 'pointer', display: 'inline-flex', alignItems: 'center', gap: 4 }}
                          >
                            {label}
                            <SortIcon sorted={sorted} activeColor={token.colorPrimary} idleColor={token.colorTextQuaternary} />
                          </button>
                        ) : (
                          label
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => {
                const isExpanded = expanded.has(row.id);
                return (
                  <Fragment key={row.id}>
                    <tr data-testid="table-row">
                      {renderExpanded && (
                        <td style={{ ...cellStyle('center'), width: 40 }}>
                          <Button
                            type="text"
                            size="small"
                            icon={isExpanded ? <DownOutlined /> : <RightOutlined />}
                            aria-expanded={isExpanded}
                            aria-label={t(isExpanded ? 'table.collapse' : 'table.expand')}
                            onClick={() => toggleExpanded(row.id)}
                            data-testid="row-expand"
                          />
                        </td>
                      )}
                      {row.getVisibleCells().filter((cell) => onScreen(cell.column)).map((cell) => (
                        <td
                          key={cell.id}
                          style={{ ...cellStyle(cell.column.columnDef.meta?.align), whiteSpace: cell.column.columnDef.meta?.nowrap ? 'nowrap' : undefined }}
                        >
                          {renderPart(cell.column.columnDef.cell, cell.getContext())}
                        </td>
                      ))}
                    </tr>
                    {renderExpanded && isExpanded && (
                      <tr data-testid="row-details">
                        <td colSpan={leafCount} style={{ ...cellStyle(), background: token.colorFillQuaternary }}>
                          {renderExpanded(row.original)}
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
              {data.length === 0 && (
                <tr>
                  {/* While the first page loads, keep room for the spinner instead of saying "no data". */}
                  <td colSpan={leafCount} style={{ ...cellStyle('center'), height: 120 }}>
                    {!loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('table.empty')} data-testid="table-empty" />}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </Spin>

      {props.paginated !== false && (
        <Flex justify="flex-end">
          <Pagination
            data-testid="table-pagination"
            current={query.page}
            pageSize={query.pageSize}
            total={total}
            showSizeChanger
            pageSizeOptions={props.pageSizeOptions ?? [10, 20, 50, 100]}
            showTotal={(count) => t('table.total', { total: count })}
            onChange={(page, pageSize) => onQueryChange({ ...query, page: pageSize === query.pageSize ? page : 1, pageSize })}
          />
        </Flex>
      )}
    </Flex>
  );
}

function SortIcon({ sorted, activeColor, idleColor }: { sorted: false | 'asc' | 'desc'; activeColor: string; idleColor: string }) {
  return (
    <span aria-hidden style={{ display: 'inline-flex', flexDirection: 'column', fontSize: 10, lineHeight: 0.9 }}>
      <CaretUpOutlined style={{ color: sorted === 'asc' ? activeColor : idleColor }} />
      <CaretDownOutlined style={{ color: sorted === 'desc' ? activeColor : idleColor }} />
    </span>
  );
}
