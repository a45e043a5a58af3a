import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  REPLY_CLASSES,
  REPLY_CLASS_LABELS,
  REPLY_FORMS,
  REPLY_FORM_LABELS,
  RESOLUTIONS,
  RESOLUTION_LABELS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  SUGGESTION_ACTION_LABELS,
  suggestionPayloads,
  type SuggestionAction,
} from '@pcs/domain';
import { DayPicker, ErrorAlert, FormField, useCountyToday, useLanguage } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPC, useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n/work';
import { AssigneeMultiSelect, AssigneeSelect } from '../AssigneeSelect';
import type { SuggestionDetail, WorkOptions } from '../types';
import { useStepForm, type StepValues } from '../useStepForm';

/** Steps of the suggestion workflow that this modal takes (assignment has its own, for batches). */
export type ModalAction = Exclude<SuggestionAction, 'assign' | 'mark_overdue'>;

function defaults(action: ModalAction, s: SuggestionDetail): StepValues {
  switch (action) {
    case 'reply':
      return { replyClass: 'A', replyForm: 'written', content: '', resolution: 'in_progress' };
    case 'update_resolution':
      return { resolution: s.resolution ?? 'in_progress', resolutionNote: '' };
    case 'evaluate':
      // The first signer (the lead first) who has not evaluated this round yet: each signer evaluates once a round.
      return { deputyId: (s.signers.find((d) => !s.evaluatedSignerIds.includes(d.deputyId)) ?? s.signers[0])?.deputyId, rating: 'satisfied' };
    case 'reassign': {
      const lead = s.assignments.find((a) => a.role === 'lead' && !a.endedAt);
      return { lead: lead ? (lead.handlingUnitId ? { type: 'unit', id: lead.handlingUnitId } : { type: 'department', id: lead.departmentId }) : undefined, co: [] };
    }
    case 'extend':
      return { dueOn: undefined, reason: '' };
    default:
      return {};
  }
}

/** One step on one suggestion, with the form its schema asks for. */
export function SuggestionActionModal({ action, suggestion, options, onClose, onDone }: { action: ModalAction | null; suggestion: SuggestionDetail; options: WorkOptions | undefined; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const mergeTargets = useQuery({ ...trpc.suggestions.mergeTargets.queryOptions({ excludeId: suggestion.id }), enabled: action === 'merge' });
  // The screen's scope picks the one step procedure: the township's, a county department's or the county's.
  const scope = useWorkScope();
  const today = useCountyToday();
  const procedure = scope === 'department' ? client.department.suggestions.step : scope === 'county' ? client.countySupervision.suggestions.step : client.suggestions.step;

  const { control, watch, submit, pending, formError, text } = useStepForm<ModalAction>({
    action,
    item: suggestion,
    payloads: suggestionPayloads,
    defaults: (a) => defaults(a, suggestion),
    step: (input) => procedure.mutate(input as Parameters<typeof procedure.mutate>[0]),
    onDone,
  });

  const radios = (name: string, label: string, values: readonly string[], labels: Record<string, { zh: string; en: string }>) => (
    <FormField control={control} name={name} label={label} required render={(f) => <Radio.Group {...f} options={values.map((v) => ({ value: v, label: pick(labels[v]!) }))} data-testid={`action-${name}`} />} />
  );

  return (
    <Modal
      open={action !== null}
      title={action ? `${pick(SUGGESTION_ACTION_LABELS[action])} · ${suggestion.number}` : ''}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'action-submit' } as never}
      data-testid="suggestion-action-modal"
    >
      {formError ? <ErrorAlert error={formError} testId="action-error" /> : null}
      <Form layout="vertical" onFinish={() => void submit()}>
        {action === 'accept' && text('note', t('suggestions.action.note'), { required: false, rows: 2 })}
        {action === 'return' && text('reason', t('suggestions.action.reason'))}
        {action === 'merge' && (
          <>
            <FormField
              control={control}
              name="mergedIntoId"
              label={t('suggestions.action.mergedInto')}
              required
              render={(f) => <Select {...f} value={f.value as string | undefined} showSearch={{ optionFilterProp: 'label' }} options={(mergeTargets.data ?? []).map((m) => ({ value: m.id, label: `${m.number} ${m.title}` }))} />}
            />
            {text('note', t('suggestions.action.note'), { required: false, rows: 2 })}
          </>
        )}
        {action === 'reassign' && (
          <>
            <FormField control={control} name="lead" label={t('suggestions.action.lead')} required render={(f) => <AssigneeSelect {...f} value={f.value as never} options={options} />} />
            <FormField control={control} name="co" label={t('suggestions.action.co')} render={(f) => <AssigneeMultiSelect {...f} value={f.value as never} options={options} />} />
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('suggestions.action.reassignKeepsDeadline', { dueOn: suggestion.dueOn ?? '—' })} />
            {text('reason', t('suggestions.action.reason'), { rows: 2 })}
          </>
        )}
        {action === 'extend' && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('suggestions.action.extendHint', { dueOn: suggestion.dueOn ?? '—' })} />
            <FormField control={control} name="dueOn" label={t('suggestions.action.newDueOn')} required render={(f) => <DayPicker {...(f as never as { value: string; onChange: (v: string | null) => void })} minDay={today} />} />
            {text('reason', t('suggestions.action.extendReason'), { rows: 2 })}
          </>
        )}
        {action === 'record_progress' && text('note', t('suggestions.action.progressNote'), { rows: 4 })}
        {action === 'reply' && (
          <>
            {radios('replyClass', t('suggestions.action.replyClass'), REPLY_CLASSES, REPLY_CLASS_LABELS)}
            {radios('replyForm', t('suggestions.action.replyForm'), REPLY_FORMS, REPLY_FORM_LABELS)}
            {text('content', t('suggestions.action.replyContent'), { rows: 5 })}
            {radios('resolution', t('suggestions.action.resolution'), RESOLUTIONS, RESOLUTION_LABELS)}
            {text('resolutionNote', t('suggestions.action.resolutionNote'), { required: watch('replyClass') === 'C', rows: 2 })}
          </>
        )}
        {action === 'update_resolution' && (
          <>
            {radios('resolution', t('suggestions.action.resolution'), RESOLUTIONS, RESOLUTION_LABELS)}
            {text('resolutionNote', t('suggestions.action.resolutionNote'))}
          </>
        )}
        {action === 'evaluate' && (
          <>
            <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('suggestions.action.evaluateHint', { max: suggestion.rehandlingMax, months: suggestion.rehandlingDueMonths })} />
            <FormField
              control={control}
              name="deputyId"
              label={t('suggestions.action.deputy')}
              required
              render={(f) => <Select {...f} value={f.value as string | undefined} options={suggestion.signers.map((d) => ({ value: d.deputyId, disabled: suggestion.evaluatedSignerIds.includes(d.deputyId), label: `${d.deputyName}${d.lead ? `（${t('suggestions.detail.lead')}）` : ''}` }))} data-testid="action-deputyId" />}
            />
            {radios('rating', t('suggestions.action.rating'), SATISFACTIONS, SATISFACTION_LABELS)}
            {text('comment', t('suggestions.action.comment'), { required: false, rows: 2 })}
          </>
        )}
        {(action === 'mark_key' || action === 'unmark_key') && text('note', t('suggestions.action.note'), { required: false, rows: 2 })}
        {action === 'urge' && text('note', t('suggestions.action.urgeNote'))}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
