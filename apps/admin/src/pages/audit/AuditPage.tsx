import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { AutoComplete, DatePicker, Flex, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { type DataColumn, useLanguage, ListPage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { AuditEntry } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { AuditChainBanner } from './AuditChainBanner';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditLabel } from './auditLabels';

const column = createColumnHelper<AuditEntry>();
const ALL_TOWNSHIPS = { page: 1, pageSize: 500, sortBy: 'code' } as const;

interface Filters {
  tenantId?: string;
  actorName?: string;
  action?: string;
  entity?: string;
  range?: [Dayjs, Dayjs];
}

const json = (value: unknown) => (value == null ? '' : JSON.stringify(value, null, 2));

/** The audit trail: who did what, where and when, with before/after, filters, export and the chain check. */
export function AuditPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const [filters, setFilters] = useState<Filters>({});
  // The user-name box filters on Enter or blur, not on every key.
  const [actorDraft, setActorDraft] = useState('');

  const { table } = useServerList(trpc.audit.list, {
    initialQuery: { sortBy: 'at', sortDirection: 'desc' },
    filters: {
      tenantId: filters.tenantId,
      actorName: filters.actorName,
      action: filters.action,
      entity: filters.entity,
      from: filters.range?.[0].format('YYYY-MM-DD'),
      to: filters.range?.[1].format('YYYY-MM-DD'),
    },
  });
  const townships = useQuery(trpc.tenants.list.queryOptions(ALL_TOWNSHIPS));
  const townshipArchived = useQuery(trpc.tenants.list.queryOptions({ ...ALL_TOWNSHIPS, status: 'archived' }));

  const filter = (change: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...change }));
  };
  const actionText = (action: string) => auditLabel(AUDIT_ACTIONS, action, pick);
  const entityText = (entity: string) => auditLabel(AUDIT_ENTITIES, entity, pick);
  const placeText = (entry: AuditEntry) => entry.tenantName ?? t('audit.countyLevel');

  const columns: Array<DataColumn<AuditEntry>> = [
    column.accessor('at', {
      header: t('audit.columns.at'),
      enableSorting: true,
      cell: (c) => dayjs(c.getValue()).format('YYYY-MM-DD HH:mm:ss'),
      meta: { nowrap: true, exportValue: (e) => dayjs(e.at).format('YYYY-MM-DD HH:mm:ss') },
    }),
    column.accessor('id', { header: t('audit.columns.id'), meta: { align: 'right', nowrap: true } }),
    // Words in the current language are rendered, not accessed: TanStack caches accessed values per row.
    column.accessor('tenantName', {
      id: 'tenant',
      header: t('audit.columns.tenant'),
      cell: (c) => placeText(c.row.original),
      meta: { nowrap: true, exportValue: placeText },
    }),
    column.accessor('actorName', { header: t('audit.columns.actor'), meta: { nowrap: true } }),
    column.accessor('action', { header: t('audit.columns.action'), cell: (c) => actionText(c.getValue()), meta: { nowrap: true, exportValue: (e) => actionText(e.action) } }),
    column.accessor('entity', { header: t('audit.columns.entity'), cell: (c) => entityText(c.getValue()), meta: { nowrap: true, exportValue: (e) => entityText(e.entity) } }),
    column.accessor('entityId', {
      header: t('audit.columns.entityId'),
      cell: (c) => (c.getValue() ? <Typography.Text type="secondary" copyable={{ text: c.getValue() ?? '' }}>{(c.getValue() ?? '').slice(0, 8)}</Typography.Text> : '—'),
    }),
    // Shown in each row's details; exported as JSON text.
    column.accessor((e) => json(e.before), { id: 'before', header: t('audit.columns.before'), meta: { exportOnly: true } }),
    column.accessor((e) => json(e.after), { id: 'after', header: t('audit.columns.after'), meta: { exportOnly: true } }),
  ];


  const townshipOptions = [...(townships.data?.items ?? []), ...(townshipArchived.data?.items ?? [])].map((tenant) => ({ value: tenant.id, label: tenant.name }));

  return (
    <ListPage<AuditEntry>
      title={t('audit.title')}
      intro={t('audit.intro')}
      notice={<AuditChainBanner />}
      list={table}
      testId="audit-table"
      caption={t('audit.caption')}
      columns={columns}
      getRowId={(e) => e.id}
      searchable={false}
      exportFileName={t('audit.exportFile')}
      renderExpanded={(entry) => <AuditDetails entry={entry} />}
      filters={
        <>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('audit.filters.tenant')}
            placeholder={t('audit.filters.tenant')}
            value={filters.tenantId}
            onChange={(tenantId?: string) => filter({ tenantId })}
            options={townshipOptions}
            style={{ width: 150 }}
            data-testid="audit-tenant-filter"
          />
          <Input.Search
            allowClear
            aria-label={t('audit.filters.actor')}
            placeholder={t('audit.filters.actor')}
            value={actorDraft}
            onChange={(e) => setActorDraft(e.target.value)}
            onSearch={(value) => filter({ actorName: value.trim() || undefined })}
            style={{ width: 170 }}
            data-testid="audit-actor-filter"
          />
          <AutoComplete
            allowClear
            aria-label={t('audit.filters.action')}
            placeholder={t('audit.filters.action')}
            value={filters.action}
            // The code is what is filtered on (and what the box shows once chosen); the words say what it means.
            options={Object.keys(AUDIT_ACTIONS).map((value) => ({ value, label: `${actionText(value)} · ${value}` }))}
            onChange={(value?: string) => filter({ action: value || undefined })}
            style={{ width: 150 }}
            data-testid="audit-action-filter"
          />
          <AutoComplete
            allowClear
            aria-label={t('audit.filters.entity')}
            placeholder={t('audit.filters.entity')}
            value={filters.entity}
            options={Object.keys(AUDIT_ENTITIES).map((value) => ({ value, label: `${entityText(value)} · ${value}` }))}
            onChange={(value?: string) => filter({ entity: value || undefined })}
            style={{ width: 150 }}
            data-testid="audit-entity-filter"
          />
          <DatePicker.RangePicker
            aria-label={t('audit.filters.dates')}
            value={filters.range ?? null}
            onChange={(range) => filter({ range: range?.[0] && range[1] ? [range[0], range[1]] : undefined })}
            style={{ width: 250 }}
            data-testid="audit-date-filter"
          />
        </>
      }
    />
  );
}

/** An entry's before and after, side by side. */
function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation(PROVISIONING_NS);
  const block = (title: string, value: unknown, testId: string) => (
    <div style={{ flex: 1, minWidth: 280 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre data-testid={testId} style={{ margin: '4px 0 0', padding: 8, background: 'rgba(0,0,0,0.03)', borderRadius: 4, maxHeight: 320, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value == null ? t('audit.none') : json(value)}
      </pre>
    </div>
  );
  return (
    <Flex vertical gap={8}>
      <Flex gap={16} wrap>
        {block(t('audit.columns.before'), entry.before, 'audit-before')}
        {block(t('audit.columns.after'), entry.after, 'audit-after')}
      </Flex>
      <Typography.Text type="secondary">
        {t('audit.requestId')}: {entry.requestId ?? '—'} · {t('audit.columns.entityId')}: {entry.entityId ?? '—'} · {t('audit.hash')}: {entry.hash?.slice(0, 16) ?? '—'}…
      </Typography.Text>
    </Flex>
  );
}
