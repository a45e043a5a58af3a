import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DUTY_POINTS, DUTY_POINT_ITEM_LABELS, DUTY_POINT_ITEMS, type DutyPointItem } from '@pcs/domain';
import { ErrorAlert, useLanguage, DayPicker, countyToday } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';

import { DNS } from '../../../i18n/deputies';

/** The township's duty-points rule (catalogue rule `deputy.duty_points`), set from a day on. */
export function PointsRuleModal({ open, onClose, editable }: { open: boolean; onClose: () => void; editable: boolean }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.rules.effective.queryOptions({}));
  const current = (rules.data?.find((r) => r.key === 'deputy.duty_points')?.value ?? DEFAULT_DUTY_POINTS) as Partial<Record<DutyPointItem, number>>;
  const [points, setPoints] = useState<Partial<Record<DutyPointItem, number>>>(current);
  const [from, setFrom] = useState<string | null>(countyToday());
  const save = useMutation(trpc.rules.setOverride.mutationOptions());
  useEffect(() => {
    if (open) {
      setPoints(current);
      setFrom(countyToday());
      save.reset();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, rules.data]);
  return (
    <Modal
      open={open}
      title={t('profiles.ruleTitle')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !editable || !from, 'data-testid': 'points-rule-save' } as { disabled: boolean }}
      confirmLoading={save.isPending}
      onOk={() =>
        void save
          .mutateAsync({ key: 'deputy.duty_points', value: points, effectiveFrom: from ?? countyToday() })
          .then(async () => {
            void message.success(t('profiles.ruleSaved', { date: from }));
            await queryClient.invalidateQueries(trpc.rules.pathFilter());
            await queryClient.invalidateQueries(trpc.dutyProfiles.pathFilter());
            onClose();
          })
          .catch(() => undefined)
      }
      width={560}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('profiles.ruleIntro')}</Typography.Paragraph>
      {!editable && <Typography.Paragraph type="warning">{t('profiles.ruleReadOnly')}</Typography.Paragraph>}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Table
        size="small"
        rowKey="item"
        pagination={false}
        scroll={{ y: 360 }}
        dataSource={DUTY_POINT_ITEMS.map((item) => ({ item }))}
        columns={[
          { title: t('profiles.ruleItem'), dataIndex: 'item', render: (_, { item }) => pick(DUTY_POINT_ITEM_LABELS[item]) },
          {
            title: t('profiles.rulePoints'),
            dataIndex: 'points',
            width: 140,
            render: (_, { item }) => (
              <InputNumber size="small" value={points[item] ?? 0} min={-100} max={100} step={0.5} disabled={!editable} onChange={(v) => setPoints({ ...points, [item]: v ?? 0 })} aria-label={pick(DUTY_POINT_ITEM_LABELS[item])} />
            ),
          },
        ]}
      />
      {editable && (
        <Form layout="vertical" style={{ marginTop: 12 }}>
          <Form.Item label={t('profiles.ruleFrom')} required>
            <DayPicker value={from} onChange={setFrom} minDay={countyToday()} allowClear={false} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
