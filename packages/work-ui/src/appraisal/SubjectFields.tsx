import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Input, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useFieldArray, type Control, type UseFormSetValue } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { COUNTY_SUBJECT_GRID_LEVELS, subjectOptionKindOf, type AppraisalSubjectKind, type appraisalSubjectInputSchema, type SubjectOptionKind } from '@pcs/domain';
import { FormField } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { TownshipFilter } from '../TownshipFilter';
import { useTRPCClient } from '../trpc';
import { appraisalKeys, type AppraisalScope } from './api';

/**
 * How a campaign's appraised are chosen, in both campaign forms (`CampaignForms.tsx`): a
 * multi-select whose value is the subjects themselves, for every kind: the county's townships or
 * departments (县直部门); for a county campaign over the townships' grids, villages, deputies or
 * offices a bounded page of them across townships (`countyAppraisal.subjectOptions`), grouped by
 * township, narrowed by township, name and grid level; a township's own villages, grids, offices and
 * stations or deputies; rows of a department and a name for the cadres of county departments.
 */
export type SubjectInput = z.input<typeof appraisalSubjectInputSchema>;
interface SubjectOption {
  value: string;
  label: string;
  /** The township a county option belongs to (the select groups by it). */
  group?: string;
  /** A grid's level, shown beside its name. */
  level?: number | null;
  subject: SubjectInput;
}
interface SubjectOptions {
  options: SubjectOption[];
  /** How many there are in all: more than the options when the county's page is bounded. */
  total: number;
}

/** What narrows the county's list of the townships' rows. */
interface CountyFilter {
  tenantId?: string;
  search: string;
  levels: number[];
}

/** What identifies a subject among the options: its reference, else its township. */
const subjectKey = (s: SubjectInput) => s.countyDepartmentId ?? s.villageId ?? s.gridId ?? s.deputyId ?? s.handlingUnitId ?? s.tenantId ?? s.name;

const COUNTY_DEPARTMENT_PEOPLE: readonly AppraisalSubjectKind[] = ['leadership_team', 'cadre'];

/** A unit's subject: the unit itself (a department), or its leadership team or cadre. */
const unitSubjectName = (kind: AppraisalSubjectKind, name: string) => (kind === 'leadership_team' ? `${name}领导班子` : name);

/** The subject input of one of the county's rows of this kind. */
function subjectOfRow(kind: AppraisalSubjectKind, optionKind: SubjectOptionKind, row: { id: string; tenantId: string; name: string }): SubjectInput {
  if (optionKind === 'grid') return { tenantId: row.tenantId, name: row.name, gridId: row.id };
  if (optionKind === 'village') return { tenantId: row.tenantId, name: row.name, villageId: row.id };
  if (optionKind === 'deputy') return { tenantId: row.tenantId, name: row.name, deputyId: row.id };
  return { tenantId: row.tenantId, name: unitSubjectName(kind, row.name), handlingUnitId: row.id };
}

const all = (options: SubjectOption[]): SubjectOptions => ({ options, total: options.length });

/**
 * The appraised a campaign of this kind may have: the county's townships, its county departments,
 * or the townships' rows (a leadership team or cadre also the townships' own, seed 003); a
 * township's own villages, grids, deputies, or offices and stations.
 */
function useSubjectOptions(scope: AppraisalScope, kind: AppraisalSubjectKind | undefined, ofCountyDepartments: boolean, filter: CountyFilter) {
  const client = useTRPCClient();
  const optionKind = kind ? subjectOptionKindOf(kind) : null;
  const { t } = useTranslation(APPRAISAL_NS);
  return useQuery({
    queryKey: appraisalKeys.of(scope, 'subject-options', kind, ofCountyDepartments, scope === 'county' && optionKind ? filter : null),
    enabled: !!kind,
    queryFn: async (): Promise<SubjectOptions> => {
      if (scope === 'county' && (kind === 'department' || ofCountyDepartments)) {
        return all((await client.countyAppraisal.departments.query()).map((d) => ({ value: d.id, label: d.name, subject: { countyDepartmentId: d.id, name: kind === 'leadership_team' ? `${d.name}领导班子` : d.name } })));
      }
      if (scope === 'county') {
        const townships = optionKind === null || COUNTY_DEPARTMENT_PEOPLE.includes(kind!) ? (await client.county.townships.query({ page: 1, pageSize: 200 })).items : [];
        const own = townships.map((tw) => ({ value: tw.id, label: tw.name, subject: { tenantId: tw.id, name: tw.name } }));
        if (optionKind === null) return all(own);
        const shownOwn = own
          .filter((o) => (!filter.tenantId || o.value === filter.tenantId) && (!filter.search || o.label.includes(filter.search)))
          .map((o) => ({ ...o, group: t('campaigns.townshipsOwn') }));
        const page = await client.countyAppraisal.subjectOptions.query({ kind: optionKind, tenantId: filter.tenantId, search: filter.search || undefined, levels: optionKind === 'grid' ? filter.levels : undefined, pageSize: 200 });
        const rows = page.items.map((r) => ({ value: r.id, label: r.name, group: r.tenantName, level: r.level, subject: subjectOfRow(kind!, optionKind, r) }));
        return { options: [...shownOwn, ...rows], total: shownOwn.length + page.total };
      }
      const me = await client.me.get.query();
      const tenantId = (me as unknown as { township: { id: string } | null }).township?.id ?? '';
      if (kind === 'village') return all((await client.villages.list.query({ page: 1, pageSize: 500 })).items.map((v) => ({ value: v.id, label: v.name, subject: { tenantId, name: v.name, villageId: v.id } })));
      if (kind === 'grid') return all((await client.grids.list.query({})).map((g) => ({ value: g.id, label: g.name, subject: { tenantId, name: g.name, gridId: g.id } })));
      if (kind === 'deputy') return all((await client.deputies.options.query({ servingOnly: true })).map((d) => ({ value: d.id, label: d.name, subject: { tenantId, name: d.name, deputyId: d.id } })));
      const units = await client.handlingUnits.list.query({ page: 1, pageSize: 500 } as never);
      return all((units as unknown as { items: Array<{ id: string; name: string }> }).items.map((u) => ({ value: u.id, label: u.name, subject: { tenantId, name: unitSubjectName(kind!, u.name), handlingUnitId: u.id } })));
    },
  });
}

/** A multi-select of the appraised; its value is the subjects themselves (a stored one not offered stays, under its name). */
function SubjectSelect({ id, value, onChange, onBlur, options, loading }: { id: string; value: SubjectInput[] | undefined; onChange: (subjects: SubjectInput[]) => void; onBlur: () => void; options: SubjectOption[]; loading: boolean }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const chosen = value ?? [];
  const chosenKeys = chosen.map(subjectKey);
  // Options seen before keep their label and township once the filter no longer shows them (chosen in another township).
  const seen = useRef(new Map<string, SubjectOption>());
  for (const o of options) seen.current.set(o.value, o);
  const notShown = chosen.filter((s) => !options.some((o) => o.value === subjectKey(s)));
  const every = [...options, ...notShown.map((s) => seen.current.get(subjectKey(s)) ?? ({ value: subjectKey(s), label: s.name, subject: s } as SubjectOption))];
  const labelled = (o: SubjectOption) => ({ value: o.value, label: o.level ? t('campaigns.gridOption', { name: o.label, level: o.level }) : o.label });
  // Grouped by township where the options name one (the county's rows), in the order they come.
  const groups = [...new Set(every.map((o) => o.group))];
  type Entry = { value: string; label: string } | { label: string; title: string; options: Array<{ value: string; label: string }> };
  const selectOptions = groups.flatMap((group): Entry[] => {
    const members = every.filter((o) => o.group === group).map(labelled);
    return group === undefined ? members : [{ label: group, title: group, options: members }];
  });
  return (
    <Select
      id={id}
      mode="multiple"
      data-testid="subject-select"
      loading={loading}
      value={chosenKeys}
      onBlur={onBlur}
      onChange={(keys: string[]) => onChange(keys.map((k) => every.find((o) => o.value === k)!.subject))}
      options={selectOptions}
      // The county's grids come grouped by township: a taller list shows a few townships at once.
      listHeight={groups.length > 1 ? 360 : 256}
      optionFilterProp="label"
      popupRender={(menu) => (
        <>
          {menu}
          {/* Adds every option shown (the county's page as narrowed) to those chosen. */}
          <Button type="link" size="small" onClick={() => onChange([...chosen, ...options.filter((o) => !chosenKeys.includes(o.value)).map((o) => o.subject)])} data-testid="campaign-subjects-all">{t('campaigns.selectAll')}</Button>
        </>
      )}
    />
  );
}

/** The county's narrowing of the townships' rows: a township, a name, and for grids their levels. */
function CountyFilters({ optionKind, filter, onChange }: { optionKind: SubjectOptionKind; filter: CountyFilter; onChange: (filter: CountyFilter) => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  return (
    <Space wrap style={{ marginBottom: 8 }} data-testid="subject-filters">
      <TownshipFilter value={filter.tenantId} onChange={(tenantId) => onChange({ ...filter, tenantId })} />
      {optionKind === 'grid' ? (
        <Checkbox.Group
          aria-label={t('campaigns.gridLevels')}
          data-testid="subject-filter-levels"
          value={filter.levels}
          onChange={(levels: number[]) => {
            // At least one level: an empty choice would list nothing.
            if (levels.length > 0) onChange({ ...filter, levels: [...levels].sort((a, b) => a - b) });
          }}
          options={[3, 4, 5].map((level) => ({ value: level, label: t('campaigns.gridLevel', { level }) }))}
        />
      ) : null}
      <Input.Search
        allowClear
        placeholder={t('campaigns.filterSearch')}
        style={{ width: 200 }}
        data-testid="subject-filter-search"
        onSearch={(search) => onChange({ ...filter, search: search.trim() })}
        // Enter searches; inside the drawer's form it would otherwise save the campaign.
        onKeyDown={(e) => { if (e.key === 'Enter') e.preventDefault(); }}
      />
    </Space>
  );
}

export interface SubjectsValues {
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
export function SubjectFields({ scope, kind, ofCountyDepartments, control, setValue }: { scope: AppraisalScope; kind: AppraisalSubjectKind | undefined; ofCountyDepartments: boolean; control: Control<SubjectsValues>; setValue: UseFormSetValue<SubjectsValues> }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const [filter, setFilter] = useState<CountyFilter>({ search: '', levels: [...COUNTY_SUBJECT_GRID_LEVELS] });
  const options = useSubjectOptions(scope, kind, ofCountyDepartments, filter);
  const optionKind = scope === 'county' && kind && !ofCountyDepartments && kind !== 'department' ? subjectOptionKindOf(kind) : null;
  if (scope === 'county' && kind === 'cadre' && ofCountyDepartments) return <CadreRows control={control} setValue={setValue} options={options.data?.options ?? []} loading={options.isLoading} />;
  const { options: offered = [], total = 0 } = options.data ?? {};
  const more = total > offered.length ? <Typography.Text type="secondary" data-testid="subject-options-more">{t('campaigns.moreOptions', { total, shown: offered.length })}</Typography.Text> : undefined;
  return (
    <FormField
      control={control}
      name="subjects"
      label={t('campaigns.subjects')}
      extra={more}
      render={(field) => (
        <>
          {optionKind ? <CountyFilters optionKind={optionKind} filter={filter} onChange={setFilter} /> : null}
          <SubjectSelect {...field} options={offered} loading={options.isFetching} />
        </>
      )}
    />
  );
}

/** A county campaign over these kinds may be of the county departments' (the county home). */
export const mayBeOfCountyDepartments = (scope: AppraisalScope, kind: AppraisalSubjectKind | undefined) => scope === 'county' && !!kind && COUNTY_DEPARTMENT_PEOPLE.includes(kind);
