import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Input, InputNumber, Select, Space } from 'antd';
import { useFieldArray, useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { appraisalCampaignCreateSchema, appraisalCampaignSubjectsSchema, type AppraisalSubjectKind, type appraisalSubjectInputSchema } from '@pcs/domain';
import { FormDrawer, FormField, useCountyToday, useDrawerForm, useLanguage } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { useTRPCClient } from '../trpc';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type CampaignDetail, type TemplateItem } from './api';

/**
 * The organiser's campaign forms, both in the one form drawer: a new campaign, and a draft's
 * appraised (subjects). Both choose the appraised with the same fields (`SubjectFields`), for
 * every kind: a multi-select of the county's townships or departments (县直部门), or the
 * township's villages, grids, offices and stations or deputies; rows of a department and a name
 * for the cadres of county departments. The API checks the subjects the same way for both
 * (`campaigns.create`, `campaigns.update`, draft only).
 */
type SubjectInput = z.input<typeof appraisalSubjectInputSchema>;
interface SubjectOption {
  value: string;
  label: string;
  subject: SubjectInput;
}

/** What identifies a subject among the options: its reference, else its township. */
const subjectKey = (s: SubjectInput) => s.countyDepartmentId ?? s.villageId ?? s.gridId ?? s.deputyId ?? s.handlingUnitId ?? s.tenantId ?? s.name;

const COUNTY_DEPARTMENT_PEOPLE: readonly AppraisalSubjectKind[] = ['leadership_team', 'cadre'];

/**
 * The appraised a campaign of this kind may have: the county's townships (or, over departments or
 * over county departments' leadership teams or cadres, its county departments 县直部门), or the
 * township's villages, grids, deputies, or offices and stations (leadership teams, cadres, departments).
 */
function useSubjectOptions(scope: AppraisalScope, kind: AppraisalSubjectKind | undefined, ofCountyDepartments: boolean) {
  const client = useTRPCClient();
  return useQuery({
    queryKey: appraisalKeys.of(scope, 'subject-options', kind, ofCountyDepartments),
    enabled: !!kind,
    queryFn: async (): Promise<SubjectOption[]> => {
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
      if (kind === 'deputy') return (await client.deputies.options.query({ servingOnly: true })).map((d) => ({ value: d.id, label: d.name, subject: { tenantId, name: d.name, deputyId: d.id } }));
      const units = await client.handlingUnits.list.query({ page: 1, pageSize: 500 } as never);
      return (units as unknown as { items: Array<{ id: string; name: string }> }).items.map((u) => ({ value: u.id, label: u.name, subject: { tenantId, name: kind === 'leadership_team' ? `${u.name}领导班子` : u.name, handlingUnitId: u.id } }));
    },
  });
}

/** A multi-select of the appraised; its value is the subjects themselves (a stored one not offered stays, under its name). */
function SubjectSelect({ id, value, onChange, onBlur, options, loading }: { id: string; value: SubjectInput[] | undefined; onChange: (subjects: SubjectInput[]) => void; onBlur: () => void; options: SubjectOption[]; loading: boolean }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const chosen = value ?? [];
  const all = [...options, ...chosen.filter((s) => !options.some((o) => o.value === subjectKey(s))).map((s) => ({ value: subjectKey(s), label: s.name, subject: s }))];
  return (
    <Select
      id={id}
      mode="multiple"
      data-testid="subject-select"
      loading={loading}
      value={chosen.map(subjectKey)}
      onBlur={onBlur}
      onChange={(keys: string[]) => onChange(keys.map((k) => all.find((o) => o.value === k)!.subject))}
      options={all.map(({ value: v, label }) => ({ value: v, label }))}
      optionFilterProp="label"
      popupRender={(menu) => (
        <>
          {menu}
          <Button type="link" size="small" onClick={() => onChange(options.map((o) => o.subject))} data-testid="campaign-subjects-all">{t('campaigns.selectAll')}</Button>
        </>
      )}
    />
  );
}

interface SubjectsValues {
  subjects: SubjectInput[];
}

/** Cadres of county departments: a department and the cadre's name per row, several rows per department. */
function CadreRows({ control, setValue, options, loading }: { control: Control<SubjectsValues>; setValue: UseFormSetValue<SubjectsValues>; options: SubjectOption[]; loading: boolean }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const rows = useFieldArray({ control, name: 'subjects' });
  return (
    <>
      {rows.fields.map((row, i) => (
        <Space key={row.id} align="start" style={{ display: 'flex' }} data-testid={`campaign-cadre-${i}`}>
          <FormField control={control} name={`subjects.${i}.countyDepartmentId`} label={i === 0 ? t('campaigns.department') : ''} required render={(field) => <Select {...field} style={{ width: 220 }} data-testid={`campaign-cadre-department-${i}`} loading={loading} options={options.map(({ value, label }) => ({ value, label }))} />} />
          <FormField
            control={control}
            name={`subjects.${i}.personName`}
            label={i === 0 ? t('campaigns.personName') : ''}
            required
            render={(field) => (
              <Input
                {...field}
                value={field.value ?? ''}
                maxLength={50}
                data-testid={`campaign-cadre-name-${i}`}
                // The server names a cadre "<姓名>（<部门>）"; the name sent is the person's.
                onChange={(e) => { field.onChange(e.target.value); setValue(`subjects.${i}.name`, e.target.value); }}
              />
            )}
          />
          <Button type="link" onClick={() => rows.remove(i)} style={{ marginTop: i === 0 ? 30 : 0 }}>{t('campaigns.removeCadre')}</Button>
        </Space>
      ))}
      <Button onClick={() => rows.append({ name: '', personName: '' })} data-testid="campaign-cadre-add" style={{ marginBottom: 24 }}>{t('campaigns.addCadre')}</Button>
    </>
  );
}

/** The appraised of a campaign of this kind, in either form. */
function SubjectFields({ scope, kind, ofCountyDepartments, control, setValue }: { scope: AppraisalScope; kind: AppraisalSubjectKind | undefined; ofCountyDepartments: boolean; control: Control<SubjectsValues>; setValue: UseFormSetValue<SubjectsValues> }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const options = useSubjectOptions(scope, kind, ofCountyDepartments);
  if (scope === 'county' && kind === 'cadre' && ofCountyDepartments) return <CadreRows control={control} setValue={setValue} options={options.data ?? []} loading={options.isLoading} />;
  return <FormField control={control} name="subjects" label={t('campaigns.subjects')} render={(field) => <SubjectSelect {...field} options={options.data ?? []} loading={options.isLoading} />} />;
}

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
  const mayChooseDepartments = scope === 'county' && !!template && COUNTY_DEPARTMENT_PEOPLE.includes(template.subjectKind);
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
