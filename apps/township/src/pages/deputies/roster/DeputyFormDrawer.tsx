import { useMutation, useQuery } from '@tanstack/react-query';
import { Col, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_EDUCATIONS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_GENDERS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_LEVELS,
  DEPUTY_PARTIES,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  DEPUTY_SECTORS,
  PRESIDIUM_ROLES,
  deputyCreateSchema,
  type DeputyCreateInput,
} from '@pcs/domain';
import { countyToday, DayPicker, FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useCongressWording } from '../../../session/useCongressWording';
import { useTRPC } from '../../../api/trpc';

import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { Deputy } from '../common/types';

const EMPTY: DeputyCreateInput = {
  name: '',
  gender: 'male',
  // Empty until picked, so that the form says "required" rather than "invalid date".
  birthDate: null as unknown as string,
  ethnicity: '汉族',
  party: 'cpc',
  education: null,
  sector: 'farmer',
  levels: ['township'],
  termNo: 18,
  constituency: '',
  groupId: null,
  stationId: null,
  presidiumRole: null,
  status: 'serving',
  electedOn: null,
  workplace: '',
  phone: '',
  address: '',
  note: '',
};

export interface DeputyFormDrawerProps {
  open: boolean;
  deputy?: Deputy;
  onClose: () => void;
  onSaved: (deputy: { id: string }) => void;
}

/** Create or edit a deputy's particulars, checked with the API's own schema; status changes go through the detail page. */
export function DeputyFormDrawer({ open, deputy, onClose, onSaved }: DeputyFormDrawerProps) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const create = useMutation(trpc.deputies.create.mutationOptions());
  const update = useMutation(trpc.deputies.update.mutationOptions());
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const { control, drawer, form } = useDrawerForm({
    schema: deputyCreateSchema,
    open,
    record: deputy,
    values:
      deputy
        ? {
            name: deputy.name,
            gender: deputy.gender,
            birthDate: deputy.birthDate,
            ethnicity: deputy.ethnicity,
            party: deputy.party,
            education: deputy.education ?? null,
            sector: deputy.sector,
            levels: deputy.levels,
            termNo: deputy.termNo,
            constituency: deputy.constituency,
            groupId: deputy.groupId ?? null,
            stationId: deputy.stationId ?? null,
            presidiumRole: deputy.presidiumRole ?? null,
            electedOn: deputy.electedOn ?? null,
            workplace: deputy.workplace ?? '',
            phone: deputy.phone ?? '',
            address: deputy.address ?? '',
            note: deputy.note ?? '',
            // The status itself changes only by a transition on the detail page.
            status: 'serving',
          }
        : EMPTY,
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
    savedMessage: t('common.saved'),
  });
  const { watch } = form;

  const half = { xs: 24, sm: 12 };
  const text = (name: 'name' | 'ethnicity' | 'constituency' | 'workplace' | 'phone' | 'address', label: string, required = false, max = 50) => (
    <FormField control={control} name={name} label={label} required={required} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={max} />} />
  );
  const isByElected = watch('status') === 'by_elected';

  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t(deputy ? 'roster.editTitle' : 'roster.createTitle')} width={720} testId="deputy-form">
      <Row gutter={16}>
        <Col {...half}>{text('name', t('roster.columns.name'), true, 30)}</Col>
        <Col {...half}>
          <FormField control={control} name="gender" label={t('roster.columns.gender')} required render={(field) => <Radio.Group {...field} options={labelOptions(DEPUTY_GENDERS, DEPUTY_GENDER_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="birthDate" label={t('roster.columns.birthDate')} required render={(field) => <DayPicker {...field} maxDay={countyToday()} />} />
        </Col>
        <Col {...half}>{text('ethnicity', t('roster.columns.ethnicity'), true, 20)}</Col>
        <Col {...half}>
          <FormField control={control} name="party" label={t('roster.columns.party')} required render={(field) => <Select {...field} options={labelOptions(DEPUTY_PARTIES, DEPUTY_PARTY_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="education" label={t('roster.columns.education')} render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={labelOptions(DEPUTY_EDUCATIONS, DEPUTY_EDUCATION_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="sector" label={t('roster.columns.sector')} required render={(field) => <Select {...field} options={labelOptions(DEPUTY_SECTORS, DEPUTY_SECTOR_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="levels" label={t('roster.columns.levels')} required render={(field) => <Select {...field} mode="multiple" options={labelOptions(DEPUTY_LEVELS, DEPUTY_LEVEL_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="termNo" label={t('roster.columns.termNo')} required render={(field) => <InputNumber {...field} min={1} max={99} precision={0} style={{ width: '100%' }} />} />
        </Col>
        <Col {...half}>{text('constituency', t('roster.columns.constituency'), true)}</Col>
        <Col {...half}>
          <FormField
            control={control}
            name="groupId"
            label={t('roster.columns.group')}
            render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />}
          />
        </Col>
        <Col {...half}>
          <FormField
            control={control}
            name="stationId"
            label={t('roster.columns.station')}
            render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />}
          />
        </Col>
        <Col {...half}>
          <FormField
            control={control}
            name="presidiumRole"
            label={pick(wording.roleColumn)}
            render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={labelOptions(PRESIDIUM_ROLES, wording.roleLabels, pick)} />}
          />
        </Col>
        {!deputy && (
          <Col {...half}>
            <FormField
              control={control}
              name="status"
              label={t('roster.form.initialStatus')}
              render={(field) => (
                <Radio.Group
                  {...field}
                  options={[
                    { value: 'serving', label: t('roster.form.serving') },
                    { value: 'by_elected', label: t('roster.form.byElected') },
                  ]}
                />
              )}
            />
          </Col>
        )}
        <Col {...half}>
          <FormField control={control} name="electedOn" label={t('roster.columns.electedOn')} required={isByElected} render={(field) => <DayPicker {...field} maxDay={countyToday()} />} />
        </Col>
        <Col {...half}>{text('workplace', t('roster.columns.workplace'), false, 100)}</Col>
        <Col {...half}>{text('phone', t('roster.columns.phone'), false, 20)}</Col>
        <Col {...half}>{text('address', t('roster.columns.address'), false, 100)}</Col>
        <Col span={24}>
          <FormField control={control} name="note" label={t('roster.columns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} maxLength={500} rows={2} />} />
        </Col>
      </Row>
    </FormDrawer>
  );
}
