import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Descriptions, Drawer, Select, Space, Tag, Timeline, Typography } from 'antd';
import { EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LEDGER_OBJECT_KINDS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVELS, RISK_LEVEL_LABELS, type LedgerObjectKind, type RiskLevel } from '@pcs/domain';
import { ListPage, useFormatInstant, useLanguage, type DataColumn } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { GRID_NS } from '../../i18n/grid';
import { LedgerFormDrawer } from './LedgerFormDrawer';
import { LedgerImportDrawer } from './LedgerImportDrawer';

type LedgerRow = RouterOutputs['ledgers']['list']['items'][number];
const column = createColumnHelper<LedgerRow>();
const RISK_COLORS: Record<RiskLevel, string> = { high: 'red', medium: 'orange', low: 'green' };

/** 污染源台账: every grid's supervised objects, filtered by grid, kind and risk; Excel import; an object's inspection history. */
export function LedgersPage() {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.me.get.queryOptions());
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const [gridId, setGridId] = useState<string | undefined>();
  const [kind, setKind] = useState<LedgerObjectKind | undefined>();
  const [riskLevel, setRiskLevel] = useState<RiskLevel | undefined>();
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ object?: LedgerRow } | null>(null);
  const { table } = useServerList(trpc.ledgers.list, { initialQuery: { sortBy: 'name' }, filters: { gridId, kind, riskLevel } });
  const detail = useQuery({ ...trpc.ledgers.get.queryOptions({ id: open ?? '' }), enabled: open !== null });
  const canManage = (me.data?.permissions ?? []).includes('grid.manage');

  const columns: Array<DataColumn<LedgerRow>> = [
    column.accessor('name', {
      header: t('ledgers.columns.name'),
      enableSorting: true,
      cell: ({ row: { original: o } }) => (
        <Button type="link" size="small" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(o.id)}>
          {o.name}
        </Button>
      ),
    }),
    column.accessor('kind', { header: t('ledgers.columns.kind'), enableSorting: true, cell: ({ row: { original: o } }) => pick(LEDGER_OBJECT_KIND_LABELS[o.kind]), meta: { nowrap: true, exportValue: (o) => pick(LEDGER_OBJECT_KIND_LABELS[o.kind]) } }),
    column.accessor('gridName', { header: t('ledgers.columns.grid'), enableSorting: true }),
    column.accessor('address', { header: t('ledgers.columns.address') }),
    column.accessor('responsiblePerson', { header: t('ledgers.columns.person'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('responsiblePhone', { header: t('ledgers.columns.phone'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('riskLevel', {
      header: t('ledgers.columns.risk'),
      enableSorting: true,
      cell: ({ row: { original: o } }) => <Tag color={RISK_COLORS[o.riskLevel]}>{pick(RISK_LEVEL_LABELS[o.riskLevel])}</Tag>,
      meta: { nowrap: true, exportValue: (o) => pick(RISK_LEVEL_LABELS[o.riskLevel]) },
    }),
    column.accessor('inspectionCount', { header: t('ledgers.columns.inspections'), meta: { align: 'right' } }),
    column.accessor('lastInspectedAt', { header: t('ledgers.columns.last'), cell: (c) => (c.getValue() ? formatInstant(c.getValue()!) : '—'), meta: { nowrap: true } }),
    ...(canManage
      ? [
          column.display({
            id: 'actions',
            header: t('common.actions'),
            meta: { noExport: true, nowrap: true },
            cell: ({ row: { original: object } }) => <Button type="link" size="small" icon={<EditOutlined />} aria-label={t('ledgers.edit')} onClick={() => setEditing({ object })} />,
          }),
        ]
      : []),
  ];

  return (
    <ListPage<LedgerRow>
      title={t('ledgers.title')}
      intro={t('ledgers.intro')}
      list={table}
      testId="ledgers-table"
      caption={t('ledgers.caption')}
      columns={columns}
      getRowId={(o) => o.id}
      searchPlaceholder={t('ledgers.search')}
      exportFileName={t('ledgers.exportFile')}
      filters={
        <>
          <Select allowClear showSearch optionFilterProp="label" placeholder={t('ledgers.columns.grid')} aria-label={t('ledgers.columns.grid')} value={gridId} onChange={setGridId} style={{ width: 180 }} options={(grids.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />
          <Select allowClear placeholder={t('ledgers.columns.kind')} aria-label={t('ledgers.columns.kind')} value={kind} onChange={setKind} style={{ width: 150 }} options={LEDGER_OBJECT_KINDS.map((k) => ({ value: k, label: pick(LEDGER_OBJECT_KIND_LABELS[k]) }))} />
          <Select allowClear placeholder={t('ledgers.columns.risk')} aria-label={t('ledgers.columns.risk')} value={riskLevel} onChange={setRiskLevel} style={{ width: 110 }} options={RISK_LEVELS.map((k) => ({ value: k, label: pick(RISK_LEVEL_LABELS[k]) }))} />
        </>
      }
      toolbar={
        canManage ? (
          <Space wrap>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="ledger-import-open">
              {t('ledgers.import')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="ledger-create">
              {t('ledgers.create')}
            </Button>
          </Space>
        ) : null
      }
    >
      <LedgerFormDrawer
        open={editing !== null}
        object={editing?.object}
        grids={(grids.data ?? []).filter((g) => g.level >= 4)}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void queryClient.invalidateQueries(trpc.ledgers.pathFilter());
        }}
      />
      <LedgerImportDrawer
        open={importing}
        gridNames={(grids.data ?? []).filter((g) => g.level === 4).map((g) => g.name)}
        onClose={() => setImporting(false)}
        onImported={() => {
          setImporting(false);
          void queryClient.invalidateQueries(trpc.ledgers.pathFilter());
        }}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={detail.data?.name ?? ''} size={Math.min(560, window.innerWidth)} destroyOnHidden data-testid="ledger-detail">
        {detail.data && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('ledgers.columns.kind')}>{pick(LEDGER_OBJECT_KIND_LABELS[detail.data.kind])}</Descriptions.Item>
              <Descriptions.Item label={t('ledgers.columns.grid')}>{detail.data.gridName}</Descriptions.Item>
              <Descriptions.Item label={t('ledgers.columns.address')}>{detail.data.address}</Descriptions.Item>
              {detail.data.latitude !== null && <Descriptions.Item label={`${t('ledgers.latitude')} / ${t('ledgers.longitude')}`}>{`${detail.data.latitude}, ${detail.data.longitude}`}</Descriptions.Item>}
              <Descriptions.Item label={t('ledgers.columns.person')}>{[detail.data.responsiblePerson, detail.data.responsiblePhone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('ledgers.columns.risk')}><Tag color={RISK_COLORS[detail.data.riskLevel]}>{pick(RISK_LEVEL_LABELS[detail.data.riskLevel])}</Tag></Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('ledgers.history')}</Typography.Title>
            {detail.data.inspections.length === 0 ? (
              <Typography.Text type="secondary">{t('ledgers.noHistory')}</Typography.Text>
            ) : (
              <Timeline
                items={detail.data.inspections.slice(0, 60).map((i) => ({
                  color: i.problemFound ? 'red' : 'green',
                  content: (
                    <>
                      <Typography.Text strong>{formatInstant(i.inspectedAt)}</Typography.Text> {i.inspectorName} · {i.problemFound ? t('ledgers.problem') : t('ledgers.noProblem')}
                      {i.finding && <div>{i.finding}</div>}
                    </>
                  ),
                }))}
              />
            )}
          </>
        )}
      </Drawer>
    </ListPage>
  );
}
