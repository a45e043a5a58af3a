import { useEffect, useState } from 'react';
import { App, Alert, Form, Input, List, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { SUGGESTION_COMPLEXITIES, SUGGESTION_COMPLEXITY_LABELS, suggestionAssignManySchema, type Assignee, type SuggestionComplexity } from '@pcs/domain';
import { DayPicker, ErrorAlert, useCountyToday, useLanguage } from '@pcs/ui';
import { useTRPCClient } from '../trpc';
import { WORK_NS } from '../i18n/work';
import { AssigneeMultiSelect, AssigneeSelect } from '../AssigneeSelect';
import type { WorkOptions } from '../types';

interface Item {
  id: string;
  version: number;
  number: string;
  title: string;
}

/**
 * Assignment at the assignment meeting (交办会): the chosen suggestions go to a lead unit and
 * optional co-handling units at once; all are assigned or none (a stale one refuses the batch).
 */
export function BatchAssignModal({ open, items, options, onClose, onDone }: { open: boolean; items: Item[]; options: WorkOptions | undefined; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const client = useTRPCClient();
  const [lead, setLead] = useState<Assignee | null>(null);
  const [co, setCo] = useState<Assignee[]>([]);
  const [complexity, setComplexity] = useState<SuggestionComplexity>('standard');
  const today = useCountyToday();
  const [assignedOn, setAssignedOn] = useState(today);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!open) return;
    setLead(null);
    setCo([]);
    setComplexity('standard');
    setError(null);
  }, [open]);

  const submit = async () => {
    // The same schema the API checks; the one form field it can miss here is the lead unit.
    const input = { items: items.map((i) => ({ id: i.id, version: i.version, lead: lead!, co, complexity })), assignedOn, ...(note.trim() ? { note: note.trim() } : {}) };
    const parsed = suggestionAssignManySchema.safeParse(input);
    if (!parsed.success || !lead) {
      setError({ data: { messages: { zh: '请选择主办单位', en: 'Choose the lead unit' } } });
      return;
    }
    setPending(true);
    setError(null);
    try {
      await client.suggestions.assignMany.mutate(parsed.data);
      void message.success(t('common.done'));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('suggestions.action.batchTitle', { count: items.length })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      width={640}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'assign-submit' } as never}
      data-testid="batch-assign-modal"
    >
      {error ? <ErrorAlert error={error} testId="assign-error" /> : null}
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('suggestions.action.assignHint')} />
      <List size="small" bordered dataSource={items} style={{ marginBottom: 12, maxHeight: 160, overflow: 'auto' }} renderItem={(i) => <List.Item>{`${i.number} ${i.title}`}</List.Item>} />
      <Form layout="vertical">
        <Form.Item label={t('suggestions.action.lead')} required htmlFor="assign-lead">
          <AssigneeSelect id="assign-lead" testId="assign-lead" value={lead} onChange={setLead} options={options} />
        </Form.Item>
        <Form.Item label={t('suggestions.action.co')} htmlFor="assign-co">
          <AssigneeMultiSelect id="assign-co" value={co} onChange={setCo} options={options} />
        </Form.Item>
        <Form.Item label={t('suggestions.action.complexity')} required>
          <Radio.Group value={complexity} onChange={(e) => setComplexity(e.target.value as SuggestionComplexity)} options={SUGGESTION_COMPLEXITIES.map((c) => ({ value: c, label: pick(SUGGESTION_COMPLEXITY_LABELS[c]) }))} />
        </Form.Item>
        <Form.Item label={t('suggestions.action.assignedOn')} required>
          <DayPicker value={assignedOn} onChange={(d) => d && setAssignedOn(d)} maxDay={today} allowClear={false} />
        </Form.Item>
        <Form.Item label={t('suggestions.action.note')}>
          <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
