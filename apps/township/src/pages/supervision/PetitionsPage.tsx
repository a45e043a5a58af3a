import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Card, Descriptions, Drawer, Flex, Form, Input, List, Modal, Select, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { z } from 'zod';
import {
  PETITION_ACTION_LABELS,
  PETITION_CATEGORIES,
  PETITION_CATEGORY_LABELS,
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
  PETITION_STATE_LABELS,
  RECTIFICATION_STATE_LABELS,
  petitionCreateSchema,
  type Assignee,
  type PetitionCategory,
} from '@pcs/domain';
import { applyServerErrors, countyToday, DayPicker, ErrorAlert, FormField, useLanguage, zodErrorMap, type DataColumn, ListPage } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { useSession } from '../../session/SessionContext';
import { AssigneeSelect, type PetitionItem, StateTag, type TimelineEntry, WORK_NS, WorkflowTimeline } from '@pcs/work-ui';

const column = createColumnHelper<PetitionItem>();
type FormInput = z.input<typeof petitionCreateSchema>;
type FormOutput = z.output<typeof petitionCreateSchema>;

/** Letters, visits and calls (信访): registered, forwarded to a unit or turned into a finding, closed with feedback. */
export function PetitionsPage() {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const { table } = useServerList(trpc.supervision.petitions.list);
  const refresh = () => queryClient.invalidateQueries(trpc.supervision.pathFilter());

  const columns: Array<DataColumn<PetitionItem>> = [
    column.accessor('number', { header: t('petitions.columns.number'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('receivedOn', { header: t('petitions.columns.receivedOn'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('channel', { header: t('petitions.columns.channel'), cell: ({ row: { original: p } }) => pick(PETITION_CHANNEL_LABELS[p.channel]), meta: { exportValue: (p) => pick(PETITION_CHANNEL_LABELS[p.channel]) } }),
    column.accessor('petitionerName', { header: t('petitions.columns.petitioner') }),
    column.accessor('category', { header: t('petitions.columns.category'), cell: (c) => pick(PETITION_CATEGORY_LABELS[c.getValue() as PetitionCategory] ?? { zh: c.getValue(), en: c.getValue() }), meta: { exportValue: (p) => pick(PETITION_CATEGORY_LABELS[p.category as PetitionCategory] ?? { zh: p.category, en: p.category }) } }),
    column.accessor('subject', {
      header: t('petitions.columns.subject'),
      cell: ({ row: { original: p } }) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setParams({ pid: p.id })} data-testid="petition-open">
          {p.subject}
        </Button>
      ),
    }),
    column.accessor('state', { header: t('petitions.columns.state'), enableSorting: true, cell: ({ row: { original: p } }) => <StateTag state={p.state} labels={PETITION_STATE_LABELS} />, meta: { exportValue: (p) => pick(PETITION_STATE_LABELS[p.state]) } }),
  ];

  return (
    <ListPage<PetitionItem>
      title={t('petitions.title')}
      list={table}
      testId="petitions-table"
      caption={t('petitions.caption')}
      columns={columns}
      getRowId={(p) => p.id}
      searchPlaceholder={t('petitions.searchPlaceholder')}
      exportFileName={t('petitions.exportFile')}
      toolbar={
        can('supervision.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="petition-create">
            {t('petitions.create')}
          </Button>
        )
      }
    >
      <PetitionFormDrawer open={creating} onClose={() => setCreating(false)} onSaved={() => (setCreating(false), void refresh())} />
      <PetitionDrawer id={params.get('pid')} onClose={() => setParams({})} onChanged={() => void refresh()} />
    </ListPage>
  );
}

function PetitionFormDrawer({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { language, pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.supervision.petitions.create.mutationOptions());
  const [formError, setFormError] = useState<unknown>(null);
  const { control, handleSubmit, reset, setError } = useForm<FormInput, unknown, FormOutput>({ resolver: zodResolver(petitionCreateSchema, { error: zodErrorMap(language) }) });
  useEffect(() => {
    if (open) reset({ receivedOn: countyToday(), channel: 'visit', petitionerName: '', category: 'infrastructure', subject: '', content: '' });
  }, [open, reset]);
  const submit = handleSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('petitions.form.createTitle')}
      size={560}
      destroyOnHidden
      extra={
        <Button type="primary" loading={create.isPending} onClick={() => void submit()}>
          {t('common.save')}
        </Button>
      }
    >
      {formError ? <ErrorAlert error={formError} /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
        <FormField control={control} name="receivedOn" label={t('petitions.form.receivedOn')} required render={(f) => <DayPicker {...f} onChange={(d) => f.onChange(d ?? '')} maxDay={countyToday()} allowClear={false} />} />
        <FormField control={control} name="channel" label={t('petitions.form.channel')} required render={(f) => <Select {...f} options={PETITION_CHANNELS.map((c) => ({ value: c, label: pick(PETITION_CHANNEL_LABELS[c]) }))} />} />
        <FormField control={control} name="petitionerName" label={t('petitions.form.petitionerName')} required render={(f) => <Input {...f} maxLength={30} />} />
        <FormField control={control} name="petitionerContact" label={t('petitions.form.petitionerContact')} render={(f) => <Input {...f} value={f.value ?? ''} maxLength={50} />} />
        <FormField control={control} name="category" label={t('petitions.form.category')} required render={(f) => <Select {...f} options={PETITION_CATEGORIES.map((c) => ({ value: c, label: pick(PETITION_CATEGORY_LABELS[c]) }))} />} />
        <FormField control={control} name="subject" label={t('petitions.form.subject')} required render={(f) => <Input {...f} maxLength={100} />} />
        <FormField control={control} name="content" label={t('petitions.form.content')} required render={(f) => <Input.TextArea {...f} rows={5} />} />
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}

type Step = 'forward' | 'convert' | 'close';

function PetitionDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const navigate = useNavigate();
  const detail = useQuery({ ...trpc.supervision.petitions.get.queryOptions({ id: id ?? '' }), enabled: Boolean(id), staleTime: 0 }); // others act on it: always fetch on open
  const options = useQuery(trpc.suggestions.options.queryOptions());
  const activities = useQuery(trpc.supervision.activities.options.queryOptions());
  const [step, setStep] = useState<Step | null>(null);
  const [assignee, setAssignee] = useState<Assignee | null>(null);
  const [activityId, setActivityId] = useState<string | undefined>();
  const [feedback, setFeedback] = useState('');
  const [error, setError] = useState<unknown>(null);
  const p = detail.data;
  // The server decides the buttons (the petition workflow's table).
  const steps: Step[] = p?.actions ?? [];
  const run = async () => {
    if (!p || !step) return;
    setError(null);
    try {
      const ref = { id: p.id, version: p.version };
      if (step === 'forward') await client.supervision.petitions.step.mutate({ ...ref, action: 'forward', payload: { assignee: assignee! } });
      if (step === 'convert') await client.supervision.petitions.step.mutate({ ...ref, action: 'convert', payload: { assignee: assignee!, activityId: activityId! } });
      if (step === 'close') await client.supervision.petitions.step.mutate({ ...ref, action: 'close', payload: { feedback } });
      void message.success(t('common.done'));
      setStep(null);
      void detail.refetch();
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={720} title={p ? t('petitions.detail.title', { number: p.number }) : ''} destroyOnHidden data-testid="petition-detail">
      {p && (
        <Flex vertical gap={16}>
          <Space wrap>
            <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
              {p.subject}
            </Typography.Title>
            <StateTag state={p.state} labels={PETITION_STATE_LABELS} />
          </Space>
          {steps.length > 0 && (
            <Space>
              {steps.map((s) => (
                <Button key={s} type={s === 'forward' ? 'primary' : 'default'} onClick={() => setStep(s)} data-testid={`petition-${s}`}>
                  {pick(PETITION_ACTION_LABELS[s])}
                </Button>
              ))}
            </Space>
          )}
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('petitions.columns.receivedOn')}>{p.receivedOn}</Descriptions.Item>
            <Descriptions.Item label={t('petitions.columns.channel')}>{pick(PETITION_CHANNEL_LABELS[p.channel])}</Descriptions.Item>
            <Descriptions.Item label={t('petitions.columns.petitioner')}>{p.petitionerName}</Descriptions.Item>
            <Descriptions.Item label={t('petitions.form.petitionerContact')}>{p.petitionerContact ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('petitions.columns.category')} span={2}>
              {pick(PETITION_CATEGORY_LABELS[p.category as PetitionCategory] ?? { zh: p.category, en: p.category })}
            </Descriptions.Item>
            {p.feedback && (
              <Descriptions.Item label={t('petitions.detail.feedback')} span={2}>
                {p.feedback}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Card size="small" title={t('petitions.form.content')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{p.content}</Typography.Paragraph>
          </Card>
          <Card size="small" title={t('petitions.detail.tasks')}>
            <List
              size="small"
              dataSource={p.rectifications}
              locale={{ emptyText: t('common.none') }}
              renderItem={(r) => (
                <List.Item actions={[<Button key="o" type="link" size="small" onClick={() => navigate(`/rectifications?rid=${r.id}`)}>{t('common.detail')}</Button>]}>
                  <Space>
                    {r.number} {r.unitName} <StateTag state={r.state} labels={RECTIFICATION_STATE_LABELS} /> <Tag>{r.dueOn}</Tag>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('common.timeline')}>
            <WorkflowTimeline
              entries={p.timeline as TimelineEntry[]}
              actionLabel={(a) => PETITION_ACTION_LABELS[a as Step | 'register']}
              actorLabel={() => undefined}
              formatValue={(field, value) => (field === 'channel' && typeof value === 'string' ? pick(PETITION_CHANNEL_LABELS[value as keyof typeof PETITION_CHANNEL_LABELS] ?? { zh: value, en: value }) : null)}
            />
          </Card>
          <Modal open={step !== null} title={step ? pick(PETITION_ACTION_LABELS[step]) : ''} onCancel={() => setStep(null)} onOk={() => void run()} destroyOnHidden okButtonProps={{ 'data-testid': 'petition-step-submit' } as never}>
            {error ? <ErrorAlert error={error} /> : null}
            <Form layout="vertical">
              {step === 'convert' && (
                <Form.Item label={t('petitions.detail.activity')} required>
                  <Select value={activityId} onChange={setActivityId} options={(activities.data ?? []).map((a) => ({ value: a.id, label: a.title }))} />
                </Form.Item>
              )}
              {(step === 'forward' || step === 'convert') && (
                <Form.Item label={t('rectifications.issue.assignee')} required>
                  <AssigneeSelect value={assignee} onChange={setAssignee} options={options.data} />
                </Form.Item>
              )}
              {step === 'close' && (
                <Form.Item label={t('petitions.detail.feedback')} required>
                  <Input.TextArea rows={3} value={feedback} onChange={(e) => setFeedback(e.target.value)} />
                </Form.Item>
              )}
            </Form>
          </Modal>
        </Flex>
      )}
    </Drawer>
  );
}
