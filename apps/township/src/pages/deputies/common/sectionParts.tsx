import type { ReactNode } from 'react';
import { Button, Flex, Popconfirm, Result, Space, Spin, Tabs } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type DataColumn, ErrorAlert, PageHeader, rowActionsColumn } from '@pcs/ui';
import { DNS } from '../../../i18n/deputies';
import { useYear, YearSelect } from './YearSelect';

/** An actions column with just an edit link (rows that cannot be deleted from the list). */
export function editColumn<T>({ t, onEdit, testId }: { t: TFunction; onEdit: (row: T) => void; testId?: (row: T) => string }): DataColumn<T> {
  return rowActionsColumn<T>(t('common.actions'), (row) => [{ key: 'edit', label: t('common.edit'), onClick: () => onEdit(row), testId: testId?.(row) }]);
}

/** An actions column with edit and delete links; delete asks first, naming the row. */
export function editDeleteColumn<T>({ t, name, onEdit, onDelete }: { t: TFunction; name: (row: T) => string; onEdit: (row: T) => void; onDelete: (row: T) => void }): DataColumn<T> {
  return rowActionsColumn<T>(t('common.actions'), (row) => [
    { key: 'edit', label: t('common.edit'), onClick: () => onEdit(row) },
    { key: 'delete', label: t('common.delete'), confirm: t('common.deleteConfirm', { name: name(row) }), danger: true, onClick: () => onDelete(row) },
  ]);
}

/** A detail page's edit button and confirmed delete icon, for the right of its title bar. */
export function EditDeleteButtons({ name, onEdit, onDelete, editTestId }: { name: string; onEdit: () => void; onDelete: () => void; editTestId?: string }) {
  const { t } = useTranslation(DNS);
  return (
    <Space>
      <Button icon={<EditOutlined />} onClick={onEdit} data-testid={editTestId}>
        {t('common.edit')}
      </Button>
      <Popconfirm title={t('common.deleteConfirm', { name })} onConfirm={onDelete}>
        <Button danger icon={<DeleteOutlined />} />
      </Popconfirm>
    </Space>
  );
}

/** A year-bound page's heading: its title on the left, the year picker (after any extra buttons) on the right. */
export function YearTitleBar({ title, year, onYearChange, extra }: { title: string; year: number; onYearChange: (year: number) => void; extra?: ReactNode }) {
  return <PageHeader title={title} actions={<>{extra}<YearSelect value={year} onChange={onYearChange} /></>} />;
}

/** One tab of a YearTabsPage; its key is what ?tab= holds. */
interface YearTab {
  key: string;
  label: string;
  children: ReactNode;
}

/** A page of one year's tabs; year and tab live in the URL (?year=, ?tab=) so a shared link opens the same view. */
export function YearTabsPage({ title, tabs, extra, children }: { title: string; tabs: (year: number) => YearTab[]; extra?: ReactNode; children?: ReactNode }) {
  const [year, setYear] = useYear();
  const [params, setParams] = useSearchParams();
  const items = tabs(year);
  const active = items.find((item) => item.key === params.get('tab')) ?? items[0];
  return (
    <Flex vertical gap={8}>
      <YearTitleBar title={title} year={year} onYearChange={setYear} extra={extra} />
      <Tabs
        activeKey={active?.key}
        onChange={(key) => setParams((p) => { const c = new URLSearchParams(p); c.set('tab', key); return c; })}
        items={items}
      />
      {children}
    </Flex>
  );
}

/** The part of a detail query that decides what shows before its record: still loading, missing, or failed. */
interface DetailQuery {
  isPending: boolean;
  error: { data?: { code?: string } | null } | null;
}

/** What a detail page shows instead of its record: a spinner while loading, 404 when it does not exist, else the error. */
export function DetailFallback({ query, onRetry }: { query: DetailQuery; onRetry?: () => void }) {
  const { t } = useTranslation(DNS);
  if (query.isPending) return <Spin />;
  return query.error?.data?.code === 'NOT_FOUND' ? <Result status="404" title={t('common.notFound')} /> : <ErrorAlert error={query.error} onRetry={onRetry} />;
}
