import { useEffect, useState } from 'react';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { z } from 'zod';
import {
  RECTIFICATION_ACTION_LABELS,
  rectificationCancelSchema,
  rectificationKeySchema,
  rectificationProgressSchema,
  rectificationReportSchema,
  rectificationUrgeSchema,
  rectificationVerifySchema,
  type RectificationAction,
} from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n';
import type { RectificationDetail } from '../types';

/** verify_accept and verify_reject share one form ("verify"). */
export type RectificationModalAction = Exclude<RectificationAction, 'mark_overdue' | 'verify_accept' | 'verify_reject'> | 'verify';
const SCHEMAS: Record<RectificationModalAction, z.ZodType> = {
  record_progress: rectificationProgressSchema,
  report: rectificationReportSchema,
  verify: rectificationVerifySchema,
  urge: rectificationUrgeSchema,
  mark_key: rectificationKeySchema,
  unmark_key: rectificationKeySchema,
  cancel: rectificationCancelSchema,
};
type Values = Record<string, unknown>;

/** One step on a rectification task, through the procedures of the screen's scope. */
export function RectificationActionModal({ action, task, onClose, onDone }: { action: RectificationModalAction | null; task: RectificationDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const client = useTRPCClient();
  const [formError, setFormError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const { control, handleSubmit, reset, setError, watch } = useForm<Values>({ resolver: zodResolver((action ? SCHEMAS[action] : rectificationUrgeSchema) as z.ZodType<Values, Values>, { error: zodErrorMap(language) }) });

  useEffect(() => {
    if (!action) return;
    const ref = { id: task.id, version: task.version };
    reset(action === 'verify' ? { ...ref, accept: true } : action === 'mark_key' || action === 'unmark_key' ? { ...ref, isKey: action === 'mark_key' } : ref);
    setFormError(null);
  }, [action, task, reset]);

  // A county department reports through its own procedure; the county supervises through its own.
  const scope = useWorkScope();
  const township = client.supervision.rectifications;
  const reporter = scope === 'department' ? client.department.rectifications : township;
  const supervisor = scope === 'county' ? client.countySupervision.rectifications : township;
  const calls: Record<RectificationModalAction, (v: Values) => Promise<unknown>> = {
    record_progress: (v) => reporter.progress.mutate(v as never),
    report: (v) => reporter.report.mutate(v as never),
    verify: (v) => township.verify.mutate(v as never),
    urge: (v) => supervisor.urge.mutate(v as never),
    mark_key: (v) => supervisor.setKey.mutate(v as never),
    unmark_key: (v) => supervisor.setKey.mutate(v as never),
    cancel: (v) => township.cancel.mutate(v as never),
  };
  const submit = handleSubmit(async (values) => {
    if (!action) return;
    setPending(true);
    setFormError(null);
    try {
      await calls[action](values);
      void message.success(t('common.done'));
      onDone();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    } finally {
      setPending(false);
    }
  });
  const text = (name: string, label: string, required = true, rows = 3) => (
    <FormField control={control} name={name} label={label} required={required} render={(f) => <Input.TextArea {...f} value={(f.value as string) ?? ''} rows={rows} data-testid={`action-${name}`} />} />
  );
  const title = action === 'verify' ? RECTIFICATION_ACTION_LABELS.verify_accept : action ? RECTIFICATION_ACTION_LABELS[action] : null;

  return (
    <Modal
      open={action !== null}
      title={title ? `${pick(title)} · ${task.number}` : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      destroyOnHidden
      width={600}
      okButtonProps={{ 'data-testid': 'action-submit' } as never}
    >
      {formError ? <ErrorAlert error={formError} /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
        {action === 'record_progress' && text('note', t('rectifications.action.note'))}
        {action === 'report' && text('content', t('rectifications.action.content'), true, 5)}
        {action === 'verify' && (
          <>
            <FormField
              control={control}
              name="accept"
              label={t('rectifications.action.accept')}
              required
              render={(f) => (
                <Radio.Group
                  {...f}
                  options={[
                    { value: true, label: t('rectifications.action.acceptYes') },
                    { value: false, label: t('rectifications.action.acceptNo') },
                  ]}
                />
              )}
            />
            {text('reason', t('rectifications.action.reason'), watch('accept') === false, 2)}
            {watch('accept') === false && (
              <FormField
                control={control}
                name="newDueOn"
                label={t('rectifications.action.newDueOn')}
                render={({ value, onChange, ...f }) => <DatePicker {...f} value={value ? dayjs(value as string) : null} onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)} />}
              />
            )}
          </>
        )}
        {action === 'urge' && text('note', t('rectifications.action.urgeNote'))}
        {(action === 'mark_key' || action === 'unmark_key') && text('note', t('suggestions.action.note'), false, 2)}
        {action === 'cancel' && text('reason', t('rectifications.action.cancelReason'))}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
