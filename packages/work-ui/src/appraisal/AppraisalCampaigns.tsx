import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_CAMPAIGN_STATE_LABELS, APPRAISAL_PERIOD_LABELS, APPRAISAL_SUBJECT_KIND_LABELS, type AppraisalSubjectKind } from '@pcs/domain';
import { DataTable, describeError, PageHeader, useCountyToday, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { useTRPCClient } from '../trpc';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type CampaignItem, type TemplateItem } from './api';
import { CampaignDetailDrawer } from './CampaignDetailDrawer';
import { TemplateEditor } from './TemplateEditor';

const campaignColumn = createColumnHelper<CampaignItem>();
const templateColumn = createColumnHelper<TemplateItem>();

/** The organiser's appraisal screen: campaigns (and, for the county, the templates they start from). */
export function AppraisalCampaigns({ scope }: { scope: AppraisalScope }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const api = useAppraisalApi(scope);
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
      <CreateCampaignModal scope={scope} open={creating} templates={templates.data ?? []} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); setOpen(id); }} />
      {editing ? <TemplateEditor templateId={editing.id} copy={editing.copy} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}

interface CreateValues {
  templateId: string;
  title: string;
  year: number;
  periodIndex?: number;
  recurring: boolean;
  subjects: string[];
  /** A county campaign over leadership teams or cadres of county departments (the county home). */
  ofCountyDepartments?: boolean;
  /** Its cadres: a department and a name each, several per department. */
  cadres?: Array<{ countyDepartmentId?: string; personName?: string }>;
}

const COUNTY_DEPARTMENT_PEOPLE: readonly AppraisalSubjectKind[] = ['leadership_team', 'cadre'];

/**
 * The appraised a campaign of this kind may have: the county's townships (or, over departments or
 * over county departments' leadership teams or cadres, its county departments 县直部门), or the
 * township's villages, grids or units.
 */
function useSubjectOptions(scope: AppraisalScope, kind: AppraisalSubjectKind | undefined, ofCountyDepartments: boolean) {
  const client = useTRPCClient();
  return useQuery({
    queryKey: appraisalKeys.of(scope, 'subject-options', kind, ofCountyDepartments),
    enabled: !!kind,
    queryFn: async (): Promise<Array<{ value: string; label: string; subject: Record<string, string> }>> => {
      if (scope === 'county' && (kind === 'department' || ofCountyDepartments)) {
        return (await client.countyAppraisal.departments.query()).map((d) => ({ value: d.id, label: d.name, subject: { countyDepartmentId: d.id, name: kind === 'leadership_team' ? `${d.name}领导班子` : d.name } }));
      }
      if (scope === 'county') {
        const townships = await client.county.townships.query({ page: 1, pageSize: 200 } as never);
        return (townships as unknown as { items: Array<{ id: string; name: string }> }).items.map((tw) => ({ value: tw.id, label: tw.name, subject: { tenantId: tw.id, name: tw.name } }));
      }
      const me = await client.me.get.query();
      const tenantId = (me as unknown as { township: { id: string } | null }).township?.id ?? '';
      if (kind === 'village') return (await client.villages.list.query({ page: 1, pageSize: 500 })).items.map((v) => ({ value: v.id, label: v.name, subject: { tenantId, name: v.name, villageId: v.id } }));
      if (kind === 'grid') return (await client.grids.list.query({})).map((g) => ({ value: g.id, label: g.name, subject: { tenantId, name: g.name, gridId: g.id } }));
      const units = await client.handlingUnits.list.query({ page: 1, pageSize: 500 } as never);
      return (units as unknown as { items: Array<{ id: string; name: string }> }).items.map((u) => ({ value: u.id, label: u.name, subject: { tenantId, name: kind === 'leadership_team' ? `${u.name}领导班子` : u.name, handlingUnitId: u.id } }));
    },
  });
}

function CreateCampaignModal({ scope, open, templates, onClose, onCreated }: { scope: AppraisalScope; open: boolean; templates: TemplateItem[]; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const api = useAppraisalApi(scope);
  const queryClient = useQueryClient();
  const today = useCountyToday();
  const [form] = Form.useForm<CreateValues>();
  const templateId = Form.useWatch('templateId', form);
  const template = templates.find((tp) => tp.id === templateId);
  const mayChooseDepartments = scope === 'county' && !!template && COUNTY_DEPARTMENT_PEOPLE.includes(template.subjectKind);
  const ofCountyDepartments = (Form.useWatch('ofCountyDepartments', form) ?? false) && mayChooseDepartments;
  const cadresOfDepartments = ofCountyDepartments && template?.subjectKind === 'cadre';
  const options = useSubjectOptions(scope, template?.subjectKind, ofCountyDepartments);
  const [busy, setBusy] = useState(false);
  const submit = async (values: CreateValues) => {
    setBusy(true);
    try {
      const subjects = cadresOfDepartments
        ? (values.cadres ?? []).map((c) => ({ countyDepartmentId: c.countyDepartmentId, name: c.personName ?? '', personName: c.personName }))
        : (values.subjects ?? []).map((id) => options.data!.find((o) => o.value === id)!.subject);
      const created = await api.campaigns.create.mutate({ templateId: values.templateId, title: values.title, year: values.year, periodIndex: values.periodIndex ?? null, recurring: values.recurring, ...(ofCountyDepartments ? { ofCountyDepartments: true } : {}), subjects: subjects as never });
      await queryClient.invalidateQueries({ queryKey: appraisalKeys.all });
      form.resetFields();
      onCreated(created.id);
    } catch (error) {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title={t('campaigns.create')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okButtonProps={{ 'data-testid': 'campaign-create-ok' } as never} width={640} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ year: Number(today.slice(0, 4)), recurring: false, subjects: [] }}>
        <Form.Item name="templateId" label={t('campaigns.template')} rules={[{ required: true }]}>
          <Select data-testid="campaign-template" options={templates.map((tp) => ({ value: tp.id, label: pick({ zh: tp.name, en: tp.nameEn }) }))} onChange={(id: string) => { const tp = templates.find((x) => x.id === id); if (tp) form.setFieldValue('title', tp.name); form.setFieldsValue({ subjects: [], cadres: [], ofCountyDepartments: false }); }} />
        </Form.Item>
        <Form.Item name="title" label={t('campaigns.name')} rules={[{ required: true }]}><Input data-testid="campaign-title" /></Form.Item>
        <Space>
          <Form.Item name="year" label={t('campaigns.year')} rules={[{ required: true }]}><InputNumber min={2000} max={2100} /></Form.Item>
          {template && template.periodKind !== 'year' ? <Form.Item name="periodIndex" label={t('campaigns.periodIndex')} rules={[{ required: true }]}><InputNumber min={1} max={template.periodKind === 'half_year' ? 2 : 12} /></Form.Item> : null}
          <Form.Item name="recurring" valuePropName="checked" label=" "><Checkbox>{t('campaigns.recurring')}</Checkbox></Form.Item>
        </Space>
        {mayChooseDepartments ? (
          <Form.Item name="ofCountyDepartments" valuePropName="checked">
            <Checkbox data-testid="campaign-of-county-departments" onChange={() => form.setFieldsValue({ subjects: [], cadres: [] })}>{t('campaigns.ofCountyDepartments')}</Checkbox>
          </Form.Item>
        ) : null}
        {cadresOfDepartments ? (
          <Form.List name="cadres">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="baseline" style={{ display: 'flex' }} data-testid={`campaign-cadre-${i}`}>
                    <Form.Item name={[field.name, 'countyDepartmentId']} label={i === 0 ? t('campaigns.department') : undefined} rules={[{ required: true }]}>
                      <Select style={{ width: 220 }} data-testid={`campaign-cadre-department-${i}`} loading={options.isLoading} options={(options.data ?? []).map(({ value, label }) => ({ value, label }))} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'personName']} label={i === 0 ? t('campaigns.personName') : undefined} rules={[{ required: true, whitespace: true }]}>
                      <Input maxLength={50} data-testid={`campaign-cadre-name-${i}`} />
                    </Form.Item>
                    <Button type="link" onClick={() => remove(field.name)}>{t('campaigns.removeCadre')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add({})} data-testid="campaign-cadre-add">{t('campaigns.addCadre')}</Button>
              </>
            )}
          </Form.List>
        ) : (
          <Form.Item name="subjects" label={t('campaigns.subjects')}>
            <Select mode="multiple" data-testid="campaign-subjects" loading={options.isLoading} options={(options.data ?? []).map(({ value, label }) => ({ value, label }))}
              dropdownRender={(menu) => <>{menu}<Button type="link" size="small" onClick={() => form.setFieldValue('subjects', (options.data ?? []).map((o) => o.value))} data-testid="campaign-subjects-all">{t('campaigns.selectAll')}</Button></>} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
