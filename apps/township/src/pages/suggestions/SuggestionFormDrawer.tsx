import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, Radio, Select, Space, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { ATTACHMENT_ACCEPT, SUGGESTION_KINDS, SUGGESTION_KIND_LABELS, SUGGESTION_SOURCES, SUGGESTION_SOURCE_LABELS, SUGGESTION_TOPIC_LABELS, suggestionCreateSchema } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { useFiles, WORK_NS, type WorkOptions } from '@pcs/work-ui';

type FormInput = z.input<typeof suggestionCreateSchema>;
type FormOutput = z.output<typeof suggestionCreateSchema>;

const empty = (): FormInput => ({ kind: 'suggestion', source: 'session', title: '', content: '', topic: 'roads_transport', leadDeputyId: '', coSignerIds: [], submittedOn: dayjs().format('YYYY-MM-DD') });

/** The office registers a suggestion on behalf of its deputies (lead and co-signers), with attachments. */
export function SuggestionFormDrawer({ open, options, onClose, onSaved }: { open: boolean; options: WorkOptions | undefined; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation(WORK_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const filesApi = useFiles();
  const create = useMutation(trpc.suggestions.create.mutationOptions());
  const [formError, setFormError] = useState<unknown>(null);
  const [files, setFiles] = useState<File[]>([]);
  const { control, handleSubmit, reset, setError, setValue, watch } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(suggestionCreateSchema, { error: zodErrorMap(language) }),
    defaultValues: empty(),
  });

  useEffect(() => {
    if (!open) return;
    reset(empty());
    setFiles([]);
    setFormError(null);
  }, [open, reset]);

  const deputies = (options?.deputies ?? []).map((d) => ({ value: d.id, label: d.name }));
  const sessions = (options?.sessions ?? []).map((m) => ({ value: m.id, label: `${m.title}（${m.startDate}）` }));
  const atSession = watch('source') === 'session';
  useEffect(() => {
    if (!atSession) setValue('meetingId', null); // only a session's suggestion names it
  }, [atSession, setValue]);
  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await create.mutateAsync(values);
      for (const file of files) {
        await filesApi.upload('suggestion', created.id, file);
      }
      void message.success(t('suggestions.form.created', { number: created.number }));
      onSaved(created.id);
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('suggestions.form.createTitle')}
      size={640}
      destroyOnHidden
      data-testid="suggestion-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => void submit()} data-testid="suggestion-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {formError ? <ErrorAlert error={formError} testId="suggestion-form-error" /> : null}
      <Form layout="vertical" onFinish={() => void submit()} style={{ marginTop: 16 }}>
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
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
