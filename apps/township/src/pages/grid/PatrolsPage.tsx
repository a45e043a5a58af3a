import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Descriptions, Drawer, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEDGER_OBJECT_KIND_LABELS } from '@pcs/domain';
import { ListPage, useFormatInstant, useLanguage, type DataColumn } from '@pcs/ui';
import { AttachmentPanel, useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { GRID_NS } from '../../i18n/grid';

type PatrolRow = RouterOutputs['patrols']['list']['items'][number];
const column = createColumnHelper<PatrolRow>();
const minutes = (p: PatrolRow) => Math.round((Date.parse(p.endedAt) - Date.parse(p.startedAt)) / 60_000);

/** 巡查记录: every patrol, newest first, by grid; a patrol opens with its visits and photos. */
export function PatrolsPage() {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const [gridId, setGridId] = useState<string | undefined>();
  const [open, setOpen] = useState<string | null>(null);
  const { table } = useServerList(trpc.patrols.list, { initialQuery: { sortBy: 'startedAt', sortDirection: 'desc' }, filters: { gridId } });
  const detail = useQuery({ ...trpc.patrols.get.queryOptions({ id: open ?? '' }), enabled: open !== null });

  const columns: Array<DataColumn<PatrolRow>> = [
    column.accessor('startedAt', {
      header: t('patrols.columns.started'),
      enableSorting: true,
      cell: ({ row: { original: p } }) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(p.id)}>
          {formatInstant(p.startedAt)}
        </Button>
      ),
      meta: { nowrap: true, exportValue: (p) => formatInstant(p.startedAt) },
    }),
    column.accessor('gridName', { header: t('patrols.columns.grid'), enableSorting: true }),
    column.accessor('patrollerName', { header: t('patrols.columns.patroller'), enableSorting: true, meta: { nowrap: true } }),
    column.display({ id: 'duration', header: t('patrols.columns.duration'), cell: ({ row: { original: p } }) => t('patrols.minutes', { minutes: minutes(p) }), meta: { nowrap: true, exportValue: (p) => String(minutes(p)) } }),
    column.accessor('visitCount', { header: t('patrols.columns.visits'), meta: { align: 'right' } }),
    column.accessor('problemCount', { header: t('patrols.columns.problems'), cell: (c) => (c.getValue() > 0 ? <Tag color="red">{c.getValue()}</Tag> : 0), meta: { align: 'right', exportValue: (p) => String(p.problemCount) } }),
    column.accessor('photoCount', { header: t('patrols.columns.photos'), meta: { align: 'right' } }),
    column.accessor('findings', { header: t('patrols.columns.findings'), cell: (c) => c.getValue() ?? '—' }),
  ];

  return (
    <ListPage<PatrolRow>
      title={t('patrols.title')}
      intro={t('patrols.intro')}
      list={table}
      testId="patrols-table"
      caption={t('patrols.caption')}
      columns={columns}
      getRowId={(p) => p.id}
      searchPlaceholder={t('patrols.search')}
      exportFileName={t('patrols.exportFile')}
      filters={<Select allowClear showSearch optionFilterProp="label" placeholder={t('patrols.columns.grid')} aria-label={t('patrols.columns.grid')} value={gridId} onChange={setGridId} style={{ width: 180 }} options={(grids.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />}
    >
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={t('patrols.detail')} size={Math.min(560, window.innerWidth)} destroyOnHidden data-testid="patrol-detail">
        {detail.data && (
          <>
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('patrols.columns.grid')}>{detail.data.gridName}</Descriptions.Item>
              <Descriptions.Item label={t('patrols.columns.patroller')}>{detail.data.patrollerName}</Descriptions.Item>
              <Descriptions.Item label={t('patrols.columns.started')}>{`${formatInstant(detail.data.startedAt)} – ${formatInstant(detail.data.endedAt)}`}</Descriptions.Item>
              <Descriptions.Item label={t('patrols.columns.findings')}>{detail.data.findings ?? '—'}</Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('patrols.columns.visits')}</Typography.Title>
            <List
              size="small"
              dataSource={detail.data.visits}
              renderItem={(v) => (
                <List.Item>
                  <List.Item.Meta title={<>{v.name} <Tag>{pick(LEDGER_OBJECT_KIND_LABELS[v.kind])}</Tag>{v.problemFound && <Tag color="red">{t('patrols.columns.problems')}</Tag>}</>} description={v.finding ?? ''} />
                </List.Item>
              )}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>{t('patrols.columns.photos')}</Typography.Title>
            <AttachmentPanel ownerKind="patrol" ownerId={detail.data.id} files={detail.data.photos} canUpload={detail.data.canAttach} canDownload onChanged={() => void detail.refetch()} />
          </>
        )}
      </Drawer>
    </ListPage>
  );
}
