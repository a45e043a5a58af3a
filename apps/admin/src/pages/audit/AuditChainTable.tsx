import { createColumnHelper } from '@tanstack/react-table';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, useLocalList } from '@pcs/ui';
import type { RouterOutputs } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';

export type AuditChain = RouterOutputs['audit']['verify']['chains'][number];

const column = createColumnHelper<AuditChain>();

/** The chain's name: its township, or the county and platform chain. */
export function useChainName() {
  const { t } = useTranslation(PROVISIONING_NS);
  return (chain: AuditChain) => chain.tenantName ?? (chain.tenantId ? chain.tenantId : t('audit.countyLevel'));
}

/** Every chain's check result and head hash; the export is what an office publishes. */
export function AuditChainTable({ chains }: { chains: readonly AuditChain[] }) {
  const { t } = useTranslation(PROVISIONING_NS);
  const chainName = useChainName();
  // Every chain on one page (the table is not paged): one per township and the county's.
  const list = useLocalList(chains, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER } });
  const state = (c: AuditChain) => (c.intact ? 'intact' : c.firstBrokenId ? 'broken' : 'headMismatch');

  const columns: Array<DataColumn<AuditChain>> = [
    column.accessor((c) => chainName(c), { id: 'chain', header: t('audit.chain.columns.chain'), meta: { nowrap: true } }),
    column.accessor((c) => state(c), {
      id: 'state',
      header: t('audit.chain.columns.state'),
      cell: (c) => (
        <Tag color={c.row.original.intact ? 'green' : 'red'} data-testid={`audit-chain-state-${c.row.original.tenantCode ?? 'county'}`}>
          {t(`audit.chain.states.${c.getValue()}`)}
        </Tag>
      ),
      meta: { nowrap: true, exportValue: (c) => t(`audit.chain.states.${state(c)}`) },
    }),
    column.accessor('entries', { header: t('audit.chain.columns.entries'), meta: { align: 'right' } }),
    column.accessor((c) => c.firstBrokenId ?? '', { id: 'firstBroken', header: t('audit.chain.columns.firstBroken'), meta: { align: 'right' } }),
    column.accessor((c) => c.headId ?? '', { id: 'headId', header: t('audit.chain.columns.headId'), meta: { align: 'right' } }),
    column.accessor((c) => c.headHash ?? '', {
      id: 'headHash',
      header: t('audit.chain.columns.headHash'),
      cell: (c) => (c.getValue() ? <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>{c.getValue()}</Typography.Text> : '—'),
    }),
  ];

  return (
    <DataTable<AuditChain>
      testId="audit-chain-table"
      caption={t('audit.chain.caption')}
      columns={columns}
      {...list}
      getRowId={(c) => c.tenantId ?? 'county'}
      searchable={false}
      paginated={false}
      exportFileName={t('audit.chain.exportFile')}
    />
  );
}
