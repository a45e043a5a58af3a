import { Alert, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { appraisalCampaignCreateSchema, appraisalCampaignSubjectsSchema } from '@pcs/domain';
import { FormDrawer, FormField, useCountyToday, useDrawerForm, useLanguage } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { useAppraisalApi, type AppraisalScope, type CampaignDetail, type TemplateItem } from './api';
import { mayBeOfCountyDepartments, SubjectFields, type SubjectInput, type SubjectsValues } from './SubjectFields';

/**
 * The organiser's campaign forms, both in the one form drawer: a new campaign, and a draft's
 * appraised (subjects). Both choose the appraised with the same fields (`SubjectFields.tsx`). The
 * API checks the subjects the same way for both (`campaigns.create`, `campaigns.update`, draft only).
 */

type CreateValues = z.input<typeof appraisalCampaignCreateSchema>;

/** A new campaign from a template: title, period, whether it recurs, and its appraised. */
export function CreateCampaignDrawer({ scope, open, templates, onClose, onCreated }: { scope: AppraisalScope; open: boolean; templates: TemplateItem[]; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const api = useAppraisalApi(scope);
  const today = useCountyToday();
  const blank: CreateValues = { templateId: '', title: '', year: Number(today.slice(0, 4)), periodIndex: null, recurring: false, phases: [], subjects: [], ofCountyDepartments: false };
  const { form, control, drawer } = useDrawerForm({
    schema: appraisalCampaignCreateSchema,
    open,
    values: blank,
    create: (values) => (api.campaigns.create.mutate as (v: unknown) => Promise<{ id: string; version: number }>)(values),
    onSaved: (created) => onCreated(created.id),
  });
  const templateId = useWatch({ control, name: 'templateId' });
  const template = templates.find((tp) => tp.id === templateId);
  const mayChooseDepartments = mayBeOfCountyDepartments(scope, template?.subjectKind);
  const ofCountyDepartments = (useWatch({ control, name: 'ofCountyDepartments' }) ?? false) && mayChooseDepartments;
  const subjectsControl = control as unknown as Control<SubjectsValues>;
  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t('campaigns.create')} width={640} testId="campaign-form">
      <FormField
        control={control}
        name="templateId"
        label={t('campaigns.template')}
        required
        render={(field) => (
          <Select
            {...field}
            value={field.value || undefined}
            data-testid="campaign-template"
            options={templates.map((tp) => ({ value: tp.id, label: pick({ zh: tp.name, en: tp.nameEn }) }))}
            onChange={(id: string) => {
              field.onChange(id);
              const tp = templates.find((x) => x.id === id);
              if (tp) form.setValue('title', tp.name);
              form.setValue('subjects', []);
              form.setValue('ofCountyDepartments', false);
              form.setValue('periodIndex', null);
            }}
          />
        )}
      />
      <FormField control={control} name="title" label={t('campaigns.name')} required render={(field) => <Input {...field} maxLength={200} data-testid="campaign-title" />} />
      <Space align="start" wrap>
        <FormField control={control} name="year" label={t('campaigns.year')} required render={(field) => <InputNumber {...field} min={2000} max={2100} precision={0} />} />
        {template && template.periodKind !== 'year' ? (
          <FormField control={control} name="periodIndex" label={t('campaigns.periodIndex')} required render={(field) => <InputNumber {...field} value={field.value ?? null} min={1} max={template.periodKind === 'half_year' ? 2 : 12} precision={0} />} />
        ) : null}
        <FormField control={control} name="recurring" label=" " render={({ value, onChange, ...field }) => <Checkbox {...field} checked={!!value} onChange={(e) => onChange(e.target.checked)}>{t('campaigns.recurring')}</Checkbox>} />
      </Space>
      {mayChooseDepartments ? (
        <FormField
          control={control}
          name="ofCountyDepartments"
          label=""
          render={({ value, onChange, ...field }) => (
            <Checkbox {...field} checked={!!value} data-testid="campaign-of-county-departments" onChange={(e) => { onChange(e.target.checked); form.setValue('subjects', []); }}>{t('campaigns.ofCountyDepartments')}</Checkbox>
          )}
        />
      ) : null}
      <SubjectFields scope={scope} kind={template?.subjectKind} ofCountyDepartments={ofCountyDepartments} control={subjectsControl} setValue={form.setValue as unknown as UseFormSetValue<SubjectsValues>} />
    </FormDrawer>
  );
}

/** A stored subject as the subject input takes it (only the references it has). */
function subjectInputOf(s: CampaignDetail['subjects'][number]): SubjectInput {
  const ref = (id: string | null) => id ?? undefined;
  // A cadre of a county department is sent by the person's name (the server names it "<姓名>（<部门>）").
  const name = s.countyDepartmentId && s.personName ? s.personName : s.name;
  return { name, tenantId: ref(s.tenantId), countyDepartmentId: ref(s.countyDepartmentId), villageId: ref(s.villageId), gridId: ref(s.gridId), deputyId: ref(s.deputyId), handlingUnitId: ref(s.handlingUnitId), personName: ref(s.personName) };
}

/** A draft campaign's appraised, changed before it opens (the API refuses it after). */
export function SubjectsFormDrawer({ scope, campaign, open, onClose, onSaved }: { scope: AppraisalScope; campaign: CampaignDetail; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const api = useAppraisalApi(scope);
  const { form, control, drawer } = useDrawerForm({
    schema: appraisalCampaignSubjectsSchema,
    open,
    record: campaign,
    values: { subjects: campaign.subjects.map(subjectInputOf) },
    update: (values) => (api.campaigns.update.mutate as (v: unknown) => Promise<{ id: string; version: number }>)({ id: values.id, version: values.version, subjects: values.subjects }),
    onSaved,
    savedMessage: t('campaigns.subjectsSaved'),
  });
  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={`${t('campaigns.editSubjects')} · ${campaign.title}`} width={640} testId="subjects-form" notice={<Alert type="info" showIcon message={t('campaigns.subjectsDraftOnly')} style={{ marginBottom: 8 }} />}>
      <SubjectFields scope={scope} kind={campaign.subjectKind} ofCountyDepartments={campaign.countyHome} control={control as unknown as Control<SubjectsValues>} setValue={form.setValue as unknown as UseFormSetValue<SubjectsValues>} />
    </FormDrawer>
  );
}
