import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
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
  SUGGESTION_COMPLEXITIES,
  SUGGESTION_COMPLEXITY_LABELS,
  suggestionAcceptSchema,
  suggestionEvaluateSchema,
  suggestionKeySchema,
  suggestionMergeSchema,
  suggestionProgressSchema,
  suggestionReassignSchema,
  suggestionReplySchema,
  suggestionResolutionSchema,
  suggestionReturnSchema,
  suggestionUrgeSchema,
  type SuggestionAction,
} from '@pcs/domain';
import { ErrorAlert, FormField, useLanguage } from '@pcs/ui';
import { useWorkScope } from '../scope';
import { useTRPC, useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n';
import { AssigneeMultiSelect, AssigneeSelect } from '../AssigneeSelect';
import type { SuggestionDetail, WorkOptions } from '../types';
import { useStepForm, type StepValues } from '../useStepForm';

/** Steps of the suggestion workflow that this modal takes (assignment has its own, for batches). */
export type ModalAction = Exclude<SuggestionAction, 'assign' | 'mark_overdue'>;

const SCHEMAS: Record<ModalAction, z.ZodType> = {
  accept: suggestionAcceptSchema,
  return: suggestionReturnSchema,
  merge: suggestionMergeSchema,
  reassign: suggestionReassignSchema,
  record_progress: suggestionProgressSchema,
  reply: suggestionReplySchema,
  update_resolution: suggestionResolutionSchema,
  evaluate: suggestionEvaluateSchema,
  mark_key: suggestionKeySchema,
  unmark_key: suggestionKeySchema,
  urge: suggestionUrgeSchema,
};

function defaults(action: ModalAction, s: SuggestionDetail): StepValues {
  const ref = { id: s.id, version: s.version };
  switch (action) {
    case 'mark_key':
    case 'unmark_key':
      return { ...ref, isKey: action === 'mark_key' };
    case 'reply':
      return { ...ref, replyClass: 'A', replyForm: 'written', content: '', resolution: 'in_progress' };
    case 'update_resolution':
      return { ...ref, resolution: s.resolution ?? 'in_progress', resolutionNote: '' };
    case 'evaluate':
      return { ...ref, deputyId: s.signers.find((d) => d.lead)?.deputyId, rating: 'satisfied' };
    case 'reassign': {
      const lead = s.assignments.find((a) => a.role === 'lead' && !a.endedAt);
      return { ...ref, lead: lead ? (lead.handlingUnitId ? { type: 'unit', id: lead.handlingUnitId } : { type: 'department', id: lead.departmentId }) : undefined, co: [], complexity: s.complexity ?? 'standard' };
    }
    default:
      return ref;
  }
}

/** One step on one suggestion, with the form its schema asks for. */
export function SuggestionActionModal({ action, suggestion, options, onClose, onDone }: { action: ModalAction | null; suggestion: SuggestionDetail; options: WorkOptions | undefined; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const mergeTargets = useQuery({ ...trpc.suggestions.mergeTargets.queryOptions({ excludeId: suggestion.id }), enabled: action === 'merge' });
  // A county department answers through its own procedures; the county supervises through its own.
  const scope = useWorkScope();
  const township = client.suggestions;
  const handler = scope === 'department' ? client.department.suggestions : township;
  const supervisor = scope === 'county' ? client.countySupervision.suggestions : township;
  const calls: Record<ModalAction, (v: StepValues) => Promise<unknown>> = {
    accept: (v) => township.accept.mutate(v as never),
    return: (v) => township.return.mutate(v as never),
    merge: (v) => township.merge.mutate(v as never),
    reassign: (v) => township.reassign.mutate(v as never),
    record_progress: (v) => handler.progress.mutate(v as never),
    reply: (v) => handler.reply.mutate(v as never),
    update_resolution: (v) => handler.resolution.mutate(v as never),
    evaluate: (v) => township.evaluate.mutate(v as never),
    mark_key: (v) => supervisor.setKey.mutate(v as never),
    unmark_key: (v) => supervisor.setKey.mutate(v as never),
    urge: (v) => supervisor.urge.mutate(v as never),
  };

  const { control, watch, submit, pending, formError, text } = useStepForm({
    action,
    item: suggestion,
    schema: action ? SCHEMAS[action] : suggestionAcceptSchema,
    defaults: (a) => defaults(a, suggestion),
    call: (a, values) => calls[a](values),
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
            {radios('complexity', t('suggestions.action.complexity'), SUGGESTION_COMPLEXITIES, SUGGESTION_COMPLEXITY_LABELS)}
            {text('reason', t('suggestions.action.reason'), { rows: 2 })}
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
              render={(f) => <Select {...f} value={f.value as string | undefined} options={suggestion.signers.map((d) => ({ value: d.deputyId, label: `${d.deputyName}${d.lead ? `（${t('suggestions.detail.lead')}）` : ''}` }))} data-testid="action-deputyId" />}
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
