import { Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECTIFICATION_ACTION_LABELS, rectificationPayloads, type RectificationAction } from '@pcs/domain';
import { DayPicker, ErrorAlert, FormField, useCountyToday, useLanguage } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n/work';
import type { RectificationDetail } from '../types';
import { useStepForm } from '../useStepForm';

export type RectificationModalAction = Exclude<RectificationAction, 'mark_overdue'>;

/** One step on a rectification task, through the one step procedure of the screen's scope. */
export function RectificationActionModal({ action, task, onClose, onDone }: { action: RectificationModalAction | null; task: RectificationDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const today = useCountyToday();
  const client = useTRPCClient();
  const scope = useWorkScope();
  const procedure = scope === 'department' ? client.department.rectifications.step : scope === 'county' ? client.countySupervision.rectifications.step : client.supervision.rectifications.step;
  const { control, submit, pending, formError, text } = useStepForm<RectificationModalAction>({
    action,
    item: task,
    payloads: rectificationPayloads,
    defaults: () => ({}),
    step: (input) => procedure.mutate(input as Parameters<typeof procedure.mutate>[0]),
    onDone,
  });
  const day = (name: string, label: string, required: boolean) => (
    <FormField control={control} name={name} label={label} required={required} render={(f) => <DayPicker {...(f as never as { value: string; onChange: (v: string | null) => void })} minDay={today} />} />
  );

  return (
    <Modal
      open={action !== null}
      title={action ? `${pick(RECTIFICATION_ACTION_LABELS[action])} · ${task.number}` : ''}
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
        {action === 'verify_accept' && text('reason', t('rectifications.action.reason'), { required: false, rows: 2 })}
        {action === 'verify_reject' && (
          <>
            {text('reason', t('rectifications.action.reason'), { rows: 2 })}
            {day('dueOn', t('rectifications.action.newDueOn'), false)}
          </>
        )}
        {action === 'extend' && (
          <>
            {day('dueOn', t('rectifications.action.extendTo', { dueOn: task.dueOn }), true)}
            {text('reason', t('rectifications.action.extendReason'), { rows: 2 })}
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
