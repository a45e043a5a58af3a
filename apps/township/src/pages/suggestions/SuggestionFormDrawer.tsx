import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Radio, Select, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { ATTACHMENT_ACCEPT, SUGGESTION_KINDS, SUGGESTION_KIND_LABELS, SUGGESTION_SOURCES, SUGGESTION_SOURCE_LABELS, SUGGESTION_TOPIC_LABELS, suggestionCreateSchema } from '@pcs/domain';
import { countyToday, FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { useFiles, WORK_NS, type WorkOptions } from '@pcs/work-ui';

type FormInput = z.input<typeof suggestionCreateSchema>;

const empty = (): FormInput => ({ kind: 'suggestion', source: 'session', title: '', content: '', topic: 'roads_transport', leadDeputyId: '', coSignerIds: [], submittedOn: countyToday() });

/** The office registers a suggestion on behalf of its deputies (lead and co-signers), with attachments. */
export function SuggestionFormDrawer({ open, options, onClose, onSaved }: { open: boolean; options: WorkOptions | undefined; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const filesApi = useFiles();
  const create = useMutation(trpc.suggestions.create.mutationOptions());
  const [files, setFiles] = useState<File[]>([]);
  const { form, control, drawer } = useDrawerForm({
    schema: suggestionCreateSchema,
    open,
    values: empty(),
    create: async (values) => {
      const created = await create.mutateAsync(values);
      for (const file of files) await filesApi.upload('suggestion', created.id, file);
      return created;
    },
    onSaved: (created) => {
      void message.success(t('suggestions.form.created', { number: created.number }));
      onSaved(created.id);
    },
    savedMessage: false,
  });
  const { setValue, watch } = form;

  useEffect(() => {
    if (open) setFiles([]);
  }, [open]);

  const deputies = (options?.deputies ?? []).map((d) => ({ value: d.id, label: d.name }));
  const sessions = (options?.sessions ?? []).map((m) => ({ value: m.id, label: `${m.title}（${m.startDate}）` }));
  const atSession = watch('source') === 'session';
  useEffect(() => {
    if (!atSession) setValue('meetingId', null); // only a session's suggestion names it
  }, [atSession, setValue]);

  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t('suggestions.form.createTitle')} width={640} testId="suggestion-form">
      <FormField control={control} name="kind" label={t('suggestions.form.kind')} required render={(f) => <Radio.Group {...f} options={SUGGESTION_KINDS.map((k) => ({ value: k, label: pick(SUGGESTION_KIND_LABELS[k]) }))} />} />
      <FormField control={control} name="source" label={t('suggestions.form.source')} required render={(f) => <Radio.Group {...f} options={SUGGESTION_SOURCES.map((k) => ({ value: k, label: pick(SUGGESTION_SOURCE_LABELS[k]) }))} />} />
      {atSession && (
        <FormField
          control={control}
          name="meetingId"
          label={t('suggestions.form.meeting')}
          render={(f) => <Select {...f} value={f.value ?? undefined} onChange={(v?: string) => f.onChange(v ?? null)} allowClear placeholder={t('suggestions.form.meetingHint')} options={sessions} data-testid="suggestion-meeting" />}
        />
      )}
      <FormField control={control} name="title" label={t('suggestions.form.title')} required render={(f) => <Input {...f} maxLength={100} />} />
      <FormField control={control} name="content" label={t('suggestions.form.content')} required render={(f) => <Input.TextArea {...f} rows={6} maxLength={5000} showCount />} />
      <FormField
        control={control}
        name="topic"
        label={t('suggestions.form.topic')}
        required
        render={(f) => <Select {...f} options={(options?.topics ?? []).map((k) => ({ value: k, label: pick(SUGGESTION_TOPIC_LABELS[k]) }))} />}
      />
      <FormField control={control} name="leadDeputyId" label={t('suggestions.form.leadDeputy')} required render={(f) => <Select {...f} value={f.value || undefined} showSearch={{ optionFilterProp: 'label' }} options={deputies} />} />
      <FormField control={control} name="coSignerIds" label={t('suggestions.form.coSigners')} render={(f) => <Select {...f} mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={deputies} />} />
      <FormField
        control={control}
        name="submittedOn"
        label={t('suggestions.form.submittedOn')}
        required
        render={({ value, onChange, ...f }) => <DatePicker {...f} value={value ? dayjs(value) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')} style={{ width: '100%' }} />}
      />
      <Form.Item label={t('suggestions.form.attachments')}>
        <Upload
          multiple
          accept={ATTACHMENT_ACCEPT}
          fileList={files.map((f, i) => ({ uid: String(i), name: f.name, status: 'done' as const }))}
          beforeUpload={(file) => {
            setFiles((current) => [...current, file]);
            return false;
          }}
          onRemove={(file) => setFiles((current) => current.filter((_, i) => String(i) !== file.uid))}
        >
          <Button icon={<UploadOutlined />}>{t('suggestions.form.attach')}</Button>
        </Upload>
      </Form.Item>
    </FormDrawer>
  );
}
