import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Card, Space, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_CAMPAIGN_STATE_LABELS, APPRAISAL_PERIOD_LABELS, APPRAISAL_SUBJECT_KIND_LABELS } from '@pcs/domain';
import { DataTable, PageHeader, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type CampaignItem, type TemplateItem } from './api';
import { CampaignDetailDrawer } from './CampaignDetailDrawer';
import { CreateCampaignDrawer } from './CampaignForms';
import { TemplateEditor } from './TemplateEditor';

const campaignColumn = createColumnHelper<CampaignItem>();
const templateColumn = createColumnHelper<TemplateItem>();

/** The organiser's appraisal screen: campaigns (and, for the county, the templates they start from). */
export function AppraisalCampaigns({ scope }: { scope: AppraisalScope }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const api = useAppraisalApi(scope);
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<{ id: string; copy: boolean } | null>(null);
  const campaigns = useQuery({ queryKey: appraisalKeys.of(scope, 'campaigns'), queryFn: () => api.campaigns.list.query({ page: 1, pageSize: 100, sortBy: 'createdAt', sortDirection: 'desc' }) });
  const templates = useQuery({ queryKey: appraisalKeys.of(scope, 'templates'), queryFn: () => api.templates.list.query() });
  // Tens of campaigns and templates: loaded whole, searched and sorted here.
  const campaignList = useLocalList(campaigns.data?.items, { loading: campaigns.isLoading, error: campaigns.error, onRetry: () => void campaigns.refetch(), searchText: (c) => c.title });
  const templateList = useLocalList(templates.data, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: templates.isLoading, error: templates.error, onRetry: () => void templates.refetch() });
  const campaignColumns: Array<DataColumn<CampaignItem>> = [
    campaignColumn.accessor('title', { header: t('campaigns.name'), cell: (c) => <Button type="link" onClick={() => setOpen(c.row.original.id)}>{c.getValue()}</Button> }),
    campaignColumn.accessor((c) => pick(c.period), { id: 'period', header: t('campaigns.period'), meta: { nowrap: true } }),
    campaignColumn.accessor((c) => pick(APPRAISAL_SUBJECT_KIND_LABELS[c.subjectKind]), { id: 'kind', header: t('campaigns.subjects'), meta: { nowrap: true } }),
    campaignColumn.accessor('subjectCount', { header: t('campaigns.subjectCount'), meta: { align: 'right' } }),
    campaignColumn.accessor((c) => pick(APPRAISAL_CAMPAIGN_STATE_LABELS[c.state]), { id: 'state', header: t('campaigns.state'), cell: (c) => <Tag color={c.row.original.state === 'published' ? 'green' : 'blue'}>{c.getValue()}</Tag>, meta: { nowrap: true } }),
  ];
  const templateColumns: Array<DataColumn<TemplateItem>> = [
    templateColumn.accessor((tp) => pick({ zh: tp.name, en: tp.nameEn }), { id: 'name', header: t('templates.title'), cell: (c) => <Space>{c.getValue()}{c.row.original.starting ? <Tag>{t('templates.starting')}</Tag> : null}</Space> }),
    templateColumn.accessor((tp) => pick(APPRAISAL_SUBJECT_KIND_LABELS[tp.subjectKind]), { id: 'kind', header: t('campaigns.subjects'), meta: { nowrap: true } }),
    templateColumn.accessor((tp) => pick(APPRAISAL_PERIOD_LABELS[tp.periodKind]), { id: 'period', header: t('campaigns.period'), meta: { nowrap: true } }),
    templateColumn.accessor((tp) => t('templates.items', { areas: tp.areaCount, items: tp.itemCount, max: tp.maxTotal }), { id: 'size', header: t('templates.size') }),
    ...(scope === 'county'
      ? [templateColumn.display({ id: 'edit', header: '', cell: (c) => <Space><Button size="small" onClick={() => setEditing({ id: c.row.original.id, copy: false })}>{t('templates.edit')}</Button><Button size="small" onClick={() => setEditing({ id: c.row.original.id, copy: true })}>{t('templates.copy')}</Button></Space> })]
      : []),
  ];
  const campaignTable = <DataTable<CampaignItem> testId="campaign-table" caption={t('campaigns.title')} columns={campaignColumns} {...campaignList} getRowId={(c) => c.id} exportFileName={t('campaigns.title')} />;
  const templateTable = <DataTable<TemplateItem> testId="template-table" caption={t('templates.title')} columns={templateColumns} {...templateList} getRowId={(tp) => tp.id} searchable={false} paginated={false} />;
  return (
    <div>
      <PageHeader title={t('menu.appraisal')} actions={<Button type="primary" onClick={() => setCreating(true)} data-testid="campaign-create">{t('campaigns.create')}</Button>} />
      <Card>
        <Tabs items={[{ key: 'campaigns', label: t('campaigns.title'), children: campaignTable }, { key: 'templates', label: t('templates.title'), children: templateTable }]} />
      </Card>
      <CampaignDetailDrawer scope={scope} campaignId={open} onClose={() => setOpen(null)} />
      <CreateCampaignDrawer scope={scope} open={creating} templates={templates.data ?? []} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); setOpen(id); void queryClient.invalidateQueries({ queryKey: appraisalKeys.all }); }} />
      {editing ? <TemplateEditor templateId={editing.id} copy={editing.copy} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
