import { Form, Input, Modal, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GRID_EVENT_ACTION_LABELS, REFUSAL_REASONS, REFUSAL_REASON_LABELS, gridEventPayloads, type GridEventAction } from '@pcs/domain';
import { DayPicker, ErrorAlert, FormField, useCountyToday, useLanguage } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPC, useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n/work';
import type { GridEventDetail } from '../types';
import { useStepForm } from '../useStepForm';

export type GridEventModalAction = Exclude<GridEventAction, 'mark_overdue' | 'auto_escalate'>;

/** One step on a grid event, through the one step procedure of the screen's scope. */
export function GridEventActionModal({ action, event, onClose, onDone }: { action: GridEventModalAction | null; event: GridEventDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const today = useCountyToday();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const scope = useWorkScope();
  const procedure = scope === 'department' ? client.department.gridEvents.step : scope === 'county' ? client.countyGridEvents.step : client.gridEvents.step;
  const needsOptions = action === 'dispatch' || action === 'escalate';
  const options = useQuery({ ...trpc.gridEvents.options.queryOptions(), enabled: scope === 'township' && needsOptions });
  const departments = useQuery({ ...trpc.countyGridEvents.departments.queryOptions(), enabled: scope === 'county' && action === 'reassign' });
  const { control, watch, submit, pending, formError, text } = useStepForm<GridEventModalAction>({
    action,
    item: event,
    payloads: gridEventPayloads,
    defaults: (a) => (a === 'dispatch' ? { target: { type: 'unit' } } : a === 'refuse' ? { reason: 'invalid' } : {}),
    step: (input) => procedure.mutate(input as Parameters<typeof procedure.mutate>[0]),
    onDone,
  });
  const targetType = watch('target.type') as 'unit' | 'person' | undefined;
  const reason = watch('reason') as string | undefined;
  const day = (name: string, label: string) => (
    <FormField control={control} name={name} label={label} required render={(f) => <DayPicker {...(f as never as { value: string; onChange: (v: string | null) => void })} minDay={today} />} />
  );
  const select = (name: string, label: string, choices: Array<{ value: string; label: string }>, required = true) => (
    <FormField control={control} name={name} label={label} required={required} render={(f) => <Select {...f} value={f.value as string} allowClear={!required} options={choices} data-testid={`action-${name.replace('.', '-')}`} showSearch optionFilterProp="label" />} />
  );
  const opinion = (required = false) => text('opinion', t('gridEvents.action.opinion'), { required, rows: 2 });

  return (
    <Modal
      open={action !== null}
      title={action ? `${pick(GRID_EVENT_ACTION_LABELS[action])} · ${event.number}` : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      destroyOnHidden
      width={560}
      okButtonProps={{ 'data-testid': 'action-submit' } as never}
    >
      {formError ? <ErrorAlert error={formError} /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
        {action === 'refuse' && (
          <>
            <FormField control={control} name="reason" label={t('gridEvents.action.reason')} required render={(f) => <Radio.Group {...f} options={REFUSAL_REASONS.map((r) => ({ value: r, label: pick(REFUSAL_REASON_LABELS[r]) }))} />} />
            {reason === 'duplicate' && (
              <FormField control={control} name="duplicateOfId" label={t('gridEvents.action.duplicateOf')} required render={(f) => <Input {...f} value={(f.value as string) ?? ''} placeholder="ID" data-testid="action-duplicateOfId" />} />
            )}
            {opinion(reason !== 'duplicate')}
          </>
        )}
        {action === 'dispatch' && (
          <>
            <FormField control={control} name="target.type" label={t('gridEvents.action.target')} required render={(f) => <Radio.Group {...f} options={[{ value: 'unit', label: t('gridEvents.action.unit') }, { value: 'person', label: t('gridEvents.action.person') }]} />} />
            {select('target.id', t(targetType === 'person' ? 'gridEvents.action.person' : 'gridEvents.action.unit'), (targetType === 'person' ? (options.data?.people ?? []).map((p) => ({ value: p.id, label: p.displayName })) : (options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))))}
            {opinion()}
          </>
        )}
        {action === 'escalate' && (
          <>
            {event.level === 3 && select('departmentId', t('gridEvents.action.department'), (options.data?.departments ?? []).map((d) => ({ value: d.id, label: d.name })), false)}
            {opinion(true)}
          </>
        )}
        {action === 'reassign' && (
          <>
            {select('departmentId', t('gridEvents.action.department'), (departments.data ?? []).map((d) => ({ value: d.id, label: d.name })))}
            {opinion()}
          </>
        )}
        {action === 'handle' && (
          <>
            {text('result', t('gridEvents.action.result'), { rows: 4 })}
            {opinion()}
          </>
        )}
        {action === 'feedback' && text('feedback', t('gridEvents.action.feedback'), { rows: 3 })}
        {action === 'defer' && (
          <>
            {text('reason', t('gridEvents.action.reason'), { rows: 2 })}
            {day('reviewOn', t('gridEvents.action.reviewOn'))}
          </>
        )}
        {action === 'extend' && (
          <>
            {day('dueOn', t('gridEvents.action.dueOn'))}
            {text('reason', t('gridEvents.action.reason'), { rows: 2 })}
          </>
        )}
        {action === 'urge' && text('note', t('gridEvents.action.note'))}
        {(action === 'mark_key' || action === 'unmark_key') && text('note', t('gridEvents.action.note'), { required: false, rows: 2 })}
        {(action === 'verify_fail' || action === 'return' || action === 'reopen') && opinion(true)}
        {(action === 'accept' || action === 'take' || action === 'verify_pass' || action === 'resume') && opinion()}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
