import type { ReactElement } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Popconfirm, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataColumn } from './columnMeta';

/** One link in a row's actions: a plain click, or one that asks first. */
export interface RowAction {
  key: string;
  label: string;
  onClick: () => unknown;
  /** Asks this before acting (a Popconfirm). */
  confirm?: string;
  danger?: boolean;
  /** Why the action is not available: shown as the link's tooltip, and the link is disabled. */
  disabledReason?: string | null;
  testId?: string;
}

/** A row's action links, side by side. */
export function RowActions({ actions }: { actions: ReadonlyArray<RowAction | false | null | undefined> }) {
  return (
    <Space size={0} wrap={false}>
      {actions.filter((a): a is RowAction => Boolean(a)).map((a) => {
        const disabled = Boolean(a.disabledReason);
        let link: ReactElement = (
          <Button type="link" size="small" danger={a.danger} disabled={disabled} onClick={a.confirm ? undefined : () => void a.onClick()} data-testid={a.testId}>
            {a.label}
          </Button>
        );
        if (a.confirm) {
          link = (
            // A failed call shows its own error (the mutation's); the confirm just closes.
            <Popconfirm title={a.confirm} disabled={disabled} onConfirm={() => Promise.resolve(a.onClick()).catch(() => undefined)}>
              {link}
            </Popconfirm>
          );
        }
        return disabled ? (
          <Tooltip key={a.key} title={a.disabledReason}>
            {link}
          </Tooltip>
        ) : (
          <span key={a.key}>{link}</span>
        );
      })}
    </Space>
  );
}

/**
 * The last column of a list: the row's actions, headed "操作/Actions", never exported. Every
 * list with row actions builds it here, so they label, lay out and confirm alike.
 */
export function useRowActionsColumn<T>(actionsOf: (row: T) => ReadonlyArray<RowAction | false | null | undefined>, header?: string): DataColumn<T> {
  const { t } = useTranslation();
  return rowActionsColumn(header ?? t('table.actions'), actionsOf);
}

/** The same column, for code that already has its header text (outside a component). */
export function rowActionsColumn<T>(header: string, actionsOf: (row: T) => ReadonlyArray<RowAction | false | null | undefined>): DataColumn<T> {
  return createColumnHelper<T>().display({ id: 'actions', header, cell: ({ row }) => <RowActions actions={actionsOf(row.original)} />, meta: { noExport: true, nowrap: true } }) as DataColumn<T>;
}
