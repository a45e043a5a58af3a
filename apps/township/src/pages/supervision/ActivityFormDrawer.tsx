import { useEffect, useState } from 'react';
import { DatePicker, Form, Input, Select, Space, Switch } from 'antd';
import { useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { SUPERVISION_KINDS, SUPERVISION_KIND_LABELS, activityCreateSchema } from '@pcs/domain';
import { countyToday, FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { type Plan, WORK_NS, type WorkOptions } from '@pcs/work-ui';

/** A new supervision activity, optionally carrying out a plan item, with deputies and others taking part. */
export function ActivityFormDrawer({ open, plan, options, onClose, onSaved }: { open: boolean; plan: Plan | undefined; options: WorkOptions | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const [deputyIds, setDeputyIds] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const { control, drawer } = useDrawerForm({
    schema: activityCreateSchema,
    open,
    values: { kind: 'inspection', title: '', startDate: countyToday(), jointWithCounty: false, participants: [] },
    create: (values) => {
      const deputies = options?.deputies ?? [];
      const participants = [
        ...deputyIds.map((id) => ({ name: deputies.find((d) => d.id === id)?.name ?? '', role: 'deputy' as const, deputyId: id })),
        ...others.split(/[、,，\s]+/).filter(Boolean).map((name) => ({ name, role: 'other' as const })),
      ];
      return client.supervision.activities.create.mutate({ ...values, participants });
    },
    onSaved: () => onSaved(),
    savedMessage: t('common.saved'),
  });
  const [startDate, endDate] = useWatch({ control, name: ['startDate', 'endDate'] });
  // The same event may already be in the deputies' duty ledger: offered for linking, not entered twice.
  const linkable = useQuery({ ...trpc.supervision.activities.linkableDutyActivities.queryOptions({ startDate: startDate ?? '', endDate: endDate ?? null }), enabled: open && Boolean(startDate) && (!endDate || endDate >= startDate) });

  useEffect(() => {
    if (!open) return;
    setDeputyIds([]);
    setOthers('');
  }, [open]);

  const date = (name: 'startDate' | 'endDate', label: string, required: boolean) => (
    <FormField control={control} name={name} label={label} required={required} render={({ value, onChange, ...f }) => <DatePicker {...f} value={value ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)} />} />
  );

  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t('supervision.form.createTitle')} width={600} testId="activity-form">
      <FormField control={control} name="kind" label={t('supervision.form.kind')} required render={(f) => <Select {...f} options={SUPERVISION_KINDS.map((k) => ({ value: k, label: pick(SUPERVISION_KIND_LABELS[k]) }))} />} />
      <FormField control={control} name="title" label={t('supervision.form.title')} required render={(f) => <Input {...f} maxLength={100} data-testid="activity-title" />} />
      <FormField control={control} name="subject" label={t('supervision.form.subject')} render={(f) => <Input {...f} value={f.value ?? ''} maxLength={200} />} />
      <FormField
        control={control}
        name="planItemId"
        label={t('supervision.form.planItem')}
        render={(f) => <Select {...f} allowClear value={f.value ?? undefined} onChange={(v) => f.onChange(v ?? null)} options={(plan?.items ?? []).map((i) => ({ value: i.id, label: i.title }))} />}
      />
      <Space>
        {date('startDate', t('supervision.form.startDate'), true)}
        {date('endDate', t('supervision.form.endDate'), false)}
      </Space>
      <FormField control={control} name="location" label={t('supervision.form.location')} render={(f) => <Input {...f} value={f.value ?? ''} maxLength={100} />} />
      <FormField control={control} name="jointWithCounty" label={t('supervision.form.joint')} render={({ value, ...f }) => <Switch {...f} checked={Boolean(value)} />} />
      <Form.Item label={t('supervision.form.deputies')}>
        <Select mode="multiple" data-testid="activity-deputies" showSearch={{ optionFilterProp: 'label' }} value={deputyIds} onChange={setDeputyIds} options={(options?.deputies ?? []).map((d) => ({ value: d.id, label: d.name }))} />
      </Form.Item>
      <Form.Item label={t('supervision.form.others')}>
        <Input value={others} onChange={(e) => setOthers(e.target.value)} />
      </Form.Item>
      <FormField
        control={control}
        name="dutyActivityId"
        label={t('supervision.form.dutyActivity')}
        extra={t('supervision.form.dutyActivityHint')}
        render={(f) => (
          <Select
            {...f}
            allowClear
            data-testid="activity-duty-select"
            loading={linkable.isFetching}
            value={f.value ?? undefined}
            onChange={(v) => f.onChange(v ?? null)}
            options={(linkable.data ?? []).map((d) => ({ value: d.id, label: t('supervision.form.dutyActivityOption', { date: d.date, title: d.title, count: d.participantCount }) }))}
          />
        )}
      />
    </FormDrawer>
  );
}
