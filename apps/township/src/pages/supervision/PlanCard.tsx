import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Form, Input, InputNumber, List, Modal, Select, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PLAN_STATE_LABELS, SUPERVISION_KINDS, SUPERVISION_KIND_LABELS, type SupervisionKind } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { type Plan, StateTag, WORK_NS } from '@pcs/work-ui';

/** The year's supervision plan (年度监督计划): items with their form and month, and how often each was carried out. */
export function PlanCard({ year, plan, manage, onChanged }: { year: number; plan: Plan | undefined; manage: boolean; onChanged: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const [adding, setAdding] = useState(false);
  const [item, setItem] = useState<{ kind: SupervisionKind; title: string; plannedMonth: number | null }>({ kind: 'inspection', title: '', plannedMonth: null });
  const done = { onSuccess: () => (void message.success(t('common.saved')), onChanged()) };
  const create = useMutation(trpc.supervision.plans.create.mutationOptions(done));
  const approve = useMutation(trpc.supervision.plans.approve.mutationOptions(done));
  const addItem = useMutation(trpc.supervision.plans.addItem.mutationOptions({ onSuccess: () => (setAdding(false), onChanged()) }));
  const error = create.error ?? approve.error ?? addItem.error;

  return (
    <Card
      title={t('supervision.planTitle', { year })}
      data-testid="plan-card"
      extra={
        <Space>
          {plan && <StateTag state={plan.state} labels={PLAN_STATE_LABELS} />}
          {manage && !plan && (
            <Button type="primary" onClick={() => create.mutate({ year, title: `${year}年度监督工作计划`, items: [] })} loading={create.isPending}>
              {t('supervision.createPlan')}
            </Button>
          )}
          {manage && plan && (
            <Button onClick={() => setAdding(true)} data-testid="plan-add-item">
              {t('supervision.addItem')}
            </Button>
          )}
          {manage && plan?.state === 'draft' && (
            <Button type="primary" onClick={() => approve.mutate({ id: plan.id, version: plan.version })} loading={approve.isPending}>
              {t('supervision.approvePlan')}
            </Button>
          )}
        </Space>
      }
    >
      {error ? <ErrorAlert error={error} /> : null}
      {plan?.keyTopics && (
        // supervision.key_topics_per_year: the plan's matters carried out, against the range kept whole.
        <Alert
          type={plan.keyTopics.state === 'below' ? 'warning' : 'info'}
          showIcon
          title={pick(plan.keyTopics.note)}
          data-testid="key-topics"
          data-state={plan.keyTopics.state}
          style={{ marginBottom: 8 }}
        />
      )}
      {!plan ? (
        <Empty description={t('supervision.noPlan')} />
      ) : (
        <List
          size="small"
          dataSource={plan.items}
          renderItem={(i) => (
            <List.Item>
              <Space wrap>
                <Tag color="blue">{pick(SUPERVISION_KIND_LABELS[i.kind])}</Tag>
                <span>{i.title}</span>
                {i.plannedMonth && <Tag>{t('supervision.plannedMonth', { month: i.plannedMonth })}</Tag>}
                <Tag color={i.activityCount > 0 ? 'green' : 'default'}>{t('supervision.activityCount', { count: i.activityCount })}</Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={adding}
        title={t('supervision.addItem')}
        onCancel={() => setAdding(false)}
        okButtonProps={{ disabled: !item.title.trim() }}
        confirmLoading={addItem.isPending}
        onOk={() => plan && addItem.mutate({ planId: plan.id, kind: item.kind, title: item.title.trim(), plannedMonth: item.plannedMonth })}
        destroyOnHidden
      >
        <Form layout="vertical">
          <Form.Item label={t('supervision.form.kind')} required>
            <Select value={item.kind} onChange={(kind: SupervisionKind) => setItem({ ...item, kind })} options={SUPERVISION_KINDS.map((k) => ({ value: k, label: pick(SUPERVISION_KIND_LABELS[k]) }))} />
          </Form.Item>
          <Form.Item label={t('supervision.form.title')} required>
            <Input value={item.title} onChange={(e) => setItem({ ...item, title: e.target.value })} maxLength={100} />
          </Form.Item>
          <Form.Item label={t('supervision.form.plannedMonth')}>
            <InputNumber min={1} max={12} value={item.plannedMonth} onChange={(v) => setItem({ ...item, plannedMonth: v })} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
