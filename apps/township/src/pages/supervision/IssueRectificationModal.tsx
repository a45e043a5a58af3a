import { useEffect, useState } from 'react';
import { App, Form, Input, Modal, Radio } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RECTIFICATION_SOURCE_LABELS, rectificationIssueSchema } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap, DayPicker, countyToday } from '@pcs/ui';
import { useTRPCClient } from '../../api/trpc';
import { AssigneeSelect, WORK_NS, type WorkOptions } from '@pcs/work-ui';

type Input_ = z.input<typeof rectificationIssueSchema>;
type Output = z.output<typeof rectificationIssueSchema>;

/** A finding of an activity, or the deliberation opinions after a work report, issued to a responsible unit. */
export function IssueRectificationModal({ activity, options, onClose, onDone }: { activity: { id: string; kind: string } | null; options: WorkOptions | undefined; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const client = useTRPCClient();
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const { control, handleSubmit, reset, setError } = useForm<Input_, unknown, Output>({ resolver: zodResolver(rectificationIssueSchema, { error: zodErrorMap(language) }) });
  const hearing = activity?.kind === 'work_report_hearing';

  useEffect(() => {
    if (!activity) return;
    reset({ source: hearing ? 'deliberation_opinion' : 'finding', activityId: activity.id, title: '', description: '', requirement: null } as Input_);
    setFormError(null);
  }, [activity, hearing, reset]);

  const submit = handleSubmit(async (values) => {
    setPending(true);
    setFormError(null);
    try {
      const issued = await client.supervision.rectifications.issue.mutate(values);
      void message.success(t('rectifications.issue.issued', { number: issued.number, dueOn: issued.dueOn }));
      onDone();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    } finally {
      setPending(false);
    }
  });

  return (
    <Modal open={activity !== null} title={t('rectifications.issue.title')} onCancel={onClose} onOk={() => void submit()} okText={t('common.submit')} cancelText={t('common.cancel')} confirmLoading={pending} destroyOnHidden width={640} okButtonProps={{ 'data-testid': 'issue-submit' } as never}>
      {formError ? <ErrorAlert error={formError} /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
        <FormField
          control={control}
          name="source"
          label={t('rectifications.issue.source')}
          required
          render={(f) => <Radio.Group {...f} options={(hearing ? (['deliberation_opinion', 'finding'] as const) : (['finding'] as const)).map((s) => ({ value: s, label: pick(RECTIFICATION_SOURCE_LABELS[s]) }))} />}
        />
        <FormField control={control} name="title" label={t('rectifications.issue.itemTitle')} required render={(f) => <Input {...f} maxLength={100} data-testid="issue-title" />} />
        <FormField control={control} name="description" label={t('rectifications.issue.description')} required render={(f) => <Input.TextArea {...f} rows={4} data-testid="issue-description" />} />
        <FormField control={control} name="requirement" label={t('rectifications.issue.requirement')} render={(f) => <Input.TextArea {...f} value={f.value ?? ''} rows={2} />} />
        <FormField control={control} name="assignee" label={t('rectifications.issue.assignee')} required render={(f) => <AssigneeSelect {...f} value={f.value ?? null} options={options} testId="issue-assignee" />} />
        <FormField
          control={control}
          name="dueOn"
          label={t('rectifications.issue.dueOn')}
          render={(f) => <DayPicker {...f} onChange={(d) => f.onChange(d ?? undefined)} minDay={countyToday()} />}
        />
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
