import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Drawer, Form, Input, Select, Space, Switch } from 'antd';
import { useForm, useWatch } from 'react-hook-form';
import { useQuery } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { SUPERVISION_KINDS, SUPERVISION_KIND_LABELS, activityCreateSchema } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { type Plan, WORK_NS, type WorkOptions } from '@pcs/work-ui';

type FormInput = z.input<typeof activityCreateSchema>;
type FormOutput = z.output<typeof activityCreateSchema>;

/** A new supervision activity, optionally carrying out a plan item, with deputies and others taking part. */
export function ActivityFormDrawer({ open, plan, options, onClose, onSaved }: { open: boolean; plan: Plan | undefined; options: WorkOptions | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const [deputyIds, setDeputyIds] = useState<string[]>([]);
  const [others, setOthers] = useState('');
  const { control, handleSubmit, reset, setError } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(activityCreateSchema, { error: zodErrorMap(language) }) });
  const [startDate, endDate] = useWatch({ control, name: ['startDate', 'endDate'] });
  // The same event may already be in the deputies' duty ledger: offered for linking, not entered twice.
  const linkable = useQuery({ ...trpc.supervision.activities.linkableDutyActivities.queryOptions({ startDate: startDate ?? '', endDate: endDate ?? null }), enabled: open && Boolean(startDate) && (!endDate || endDate >= startDate) });

  useEffect(() => {
    if (!open) return;
    reset({ kind: 'inspection', title: '', startDate: dayjs().format('YYYY-MM-DD'), jointWithCounty: false, participants: [] });
    setDeputyIds([]);
    setOthers('');
    setFormError(null);
  }, [open, reset]);

  const submit = handleSubmit(async (values) => {
    setPending(true);
    setFormError(null);
    const deputies = options?.deputies ?? [];
    const participants = [
      ...deputyIds.map((id) => ({ name: deputies.find((d) => d.id === id)?.name ?? '', role: 'deputy' as const, deputyId: id })),
      ...others.split(/[、,，\s]+/).filter(Boolean).map((name) => ({ name, role: 'other' as const })),
    ];
    try {
      await client.supervision.activities.create.mutate({ ...values, participants });
      void message.success(t('common.saved'));
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    } finally {
      setPending(false);
    }
  });
  const date = (name: 'startDate' | 'endDate', label: string, required: boolean) => (
    <FormField control={control} name={name} label={label} required={required} render={({ value, onChange, ...f }) => <DatePicker {...f} value={value ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)} />} />
  );

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('supervision.form.createTitle')}
      size={600}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={pending} onClick={() => void submit()} data-testid="activity-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {formError ? <ErrorAlert error={formError} /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
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
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
