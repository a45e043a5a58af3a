import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Select, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ACTIVITY_STATE_LABELS, SUPERVISION_KINDS, SUPERVISION_KIND_LABELS, type SupervisionKind, yearOf } from '@pcs/domain';
import { useLanguage, type DataColumn, ListPage, countyToday } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import { useSession } from '../../session/SessionContext';
import { ActivityDrawer } from './ActivityDrawer';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { PlanCard } from './PlanCard';
import { type ActivityItem, StateTag, WORK_NS } from '@pcs/work-ui';

const column = createColumnHelper<ActivityItem>();

/** The annual plan and the supervision activities carried out under it (视察, 执法检查, 专题调研, 听取报告, 评议). */
export function SupervisionPage() {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const year = yearOf(countyToday());
  const [kind, setKind] = useState<SupervisionKind | undefined>();
  const [creating, setCreating] = useState(false);
  const plans = useQuery(trpc.supervision.plans.list.queryOptions({ year }));
  const options = useQuery(trpc.suggestions.options.queryOptions());
  const { table } = useServerList(trpc.supervision.activities.list, { filters: { kind } });
  const refresh = () => queryClient.invalidateQueries(trpc.supervision.pathFilter());
  const manage = can('supervision.manage');

  const columns: Array<DataColumn<ActivityItem>> = [
    column.accessor('title', {
      header: t('supervision.columns.title'),
      enableSorting: true,
      cell: ({ row: { original: a } }) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setParams({ aid: a.id })} data-testid="activity-open">
          {a.title}
        </Button>
      ),
    }),
    column.accessor('kind', { header: t('supervision.columns.kind'), enableSorting: true, cell: ({ row: { original: a } }) => <Tag color="blue">{pick(SUPERVISION_KIND_LABELS[a.kind])}</Tag>, meta: { exportValue: (a) => pick(SUPERVISION_KIND_LABELS[a.kind]) } }),
    column.accessor('subject', { header: t('supervision.columns.subject'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('startDate', { header: t('supervision.columns.startDate'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('state', { header: t('supervision.columns.state'), cell: ({ row: { original: a } }) => <StateTag state={a.state} labels={ACTIVITY_STATE_LABELS} />, meta: { exportValue: (a) => pick(ACTIVITY_STATE_LABELS[a.state]) } }),
    column.accessor('participantCount', { header: t('supervision.columns.participants'), meta: { align: 'right' } }),
    column.accessor('rectificationCount', { header: t('supervision.columns.findings'), meta: { align: 'right' } }),
    column.accessor('planItemTitle', { header: t('supervision.columns.planItem'), meta: { exportOnly: true } }),
    column.accessor((a) => (a.jointWithCounty ? t('common.yes') : t('common.no')), { id: 'joint', header: t('supervision.columns.joint'), meta: { exportOnly: true } }),
  ];

  return (
    <ListPage<ActivityItem>
      title={t('supervision.title')}
      notice={
        <>
          <PlanCard year={year} plan={plans.data?.[0]} manage={manage} onChanged={() => void refresh()} />
          <Typography.Title level={3} style={{ fontSize: 17, margin: 0 }}>
            {t('supervision.activities')}
          </Typography.Title>
        </>
      }
      list={table}
      testId="activities-table"
      caption={t('supervision.activitiesCaption')}
      columns={columns}
      getRowId={(a) => a.id}
      exportFileName={t('supervision.exportFile')}
      filters={
        <Select
          allowClear
          aria-label={t('supervision.columns.kind')}
          placeholder={t('supervision.columns.kind')}
          style={{ width: 160 }}
          value={kind}
          onChange={(v?: SupervisionKind) => {
            setKind(v);
          }}
          options={SUPERVISION_KINDS.map((k) => ({ value: k, label: pick(SUPERVISION_KIND_LABELS[k]) }))}
        />
      }
      toolbar={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="activity-create">
            {t('supervision.createActivity')}
          </Button>
        )
      }
    >
      <ActivityFormDrawer
      open={creating}
      plan={plans.data?.[0]}
      options={options.data}
      onClose={() => setCreating(false)}
      onSaved={() => {
        setCreating(false);
        void refresh();
      }}
      />
      <ActivityDrawer id={params.get('aid')} options={options.data} onClose={() => setParams({})} onChanged={() => void refresh()} onOpenTask={(id) => navigate(`/rectifications?rid=${id}`)} />
    </ListPage>
  );
}
