import { DatePicker, Form, Modal, Radio } from 'antd';
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
import { ErrorAlert, FormField, useLanguage } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n';
import type { RectificationDetail } from '../types';
import { useStepForm, type StepValues } from '../useStepForm';

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

/** One step on a rectification task, through the procedures of the screen's scope. */
export function RectificationActionModal({ action, task, onClose, onDone }: { action: RectificationModalAction | null; task: RectificationDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const client = useTRPCClient();
  // A county department reports through its own procedure; the county supervises through its own.
  const scope = useWorkScope();
  const township = client.supervision.rectifications;
  const reporter = scope === 'department' ? client.department.rectifications : township;
  const supervisor = scope === 'county' ? client.countySupervision.rectifications : township;
  const calls: Record<RectificationModalAction, (v: StepValues) => Promise<unknown>> = {
    record_progress: (v) => reporter.progress.mutate(v as never),
    report: (v) => reporter.report.mutate(v as never),
    verify: (v) => township.verify.mutate(v as never),
    urge: (v) => supervisor.urge.mutate(v as never),
    mark_key: (v) => supervisor.setKey.mutate(v as never),
    unmark_key: (v) => supervisor.setKey.mutate(v as never),
    cancel: (v) => township.cancel.mutate(v as never),
  };
  const { control, watch, submit, pending, formError, text } = useStepForm({
    action,
    item: task,
    schema: action ? SCHEMAS[action] : rectificationUrgeSchema,
    defaults: (a) => {
      const ref = { id: task.id, version: task.version };
      return a === 'verify' ? { ...ref, accept: true } : a === 'mark_key' || a === 'unmark_key' ? { ...ref, isKey: a === 'mark_key' } : ref;
    },
    call: (a, values) => calls[a](values),
    onDone,
  });
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
        {action === 'report' && text('content', t('rectifications.action.content'), { rows: 5 })}
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
            {text('reason', t('rectifications.action.reason'), { required: watch('accept') === false, rows: 2 })}
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
        {(action === 'mark_key' || action === 'unmark_key') && text('note', t('suggestions.action.note'), { required: false, rows: 2 })}
        {action === 'cancel' && text('reason', t('rectifications.action.cancelReason'))}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
