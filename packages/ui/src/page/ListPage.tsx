import type { ReactNode } from 'react';
import { Button, Flex, Space, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataTableProps } from '../table/DataTable';

export interface PageHeaderProps {
  title: ReactNode;
  /** A line under the title saying what the page is for. */
  intro?: ReactNode;
  /** Buttons at the right end of the heading (e.g. "Import", a year picker). */
  actions?: ReactNode;
  /** Where the back arrow before the title leads; no arrow without it. */
  onBack?: () => void;
  /** The heading's id, for a section that names itself by it (aria-labelledby). */
  id?: string;
}

/** A page's heading: its title on the left (after an optional back arrow), its actions on the right. */
export function PageHeader({ title, intro, actions, onBack, id }: PageHeaderProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="space-between" align="center" wrap gap={8}>
      <div>
        <Space align="center">
          {onBack && <Button type="text" icon={<ArrowLeftOutlined />} onClick={onBack} aria-label={t('page.back')} />}
          <Typography.Title level={2} id={id} style={{ fontSize: 20, margin: 0 }}>
            {title}
          </Typography.Title>
        </Space>
        {intro ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {intro}
          </Typography.Paragraph>
        ) : null}
      </div>
      {actions ? <Space wrap>{actions}</Space> : null}
    </Flex>
  );
}

/** The part of a DataTable a server list (useServerList in @pcs/work-ui) fills in: rows, paging, states, export. */
export type ListTableState<T> = Pick<DataTableProps<T>, 'data' | 'total' | 'query' | 'onQueryChange' | 'loading' | 'error' | 'onRetry' | 'fetchAll'>;

export type ListPageProps<T> = Omit<DataTableProps<T>, keyof ListTableState<T>> & {
  /** No heading without it (a list inside a page that has one). */
  title?: ReactNode;
  intro?: ReactNode;
  /** Heading actions (right of the title); the table's own buttons go in `toolbar`. */
  actions?: ReactNode;
  onBack?: () => void;
  /** The server list feeding the table. */
  list: ListTableState<T>;
  /** What stands between the heading and the table (a notice, a summary card). */
  notice?: ReactNode;
  /** What follows the table (its form drawer, a second section). */
  children?: ReactNode;
};

/** The one list screen: a heading with its actions over a server-paged DataTable. */
export function ListPage<T>({ title, intro, actions, onBack, list, notice, children, ...table }: ListPageProps<T>) {
  return (
    <Flex vertical gap={16}>
      {title || actions ? <PageHeader title={title} intro={intro} actions={actions} onBack={onBack} /> : null}
      {notice}
      <DataTable<T> {...table} {...list} />
      {children}
    </Flex>
  );
}
