import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Dropdown, Empty, Flex, Form, Input, List, Modal, Popconfirm, Row, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, DownOutlined, EditOutlined, ProfileOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  DEPUTY_EDUCATION_LABELS,
  DEPUTY_GENDER_LABELS,
  DEPUTY_LEVEL_LABELS,
  DEPUTY_PARTY_LABELS,
  DEPUTY_SECTOR_LABELS,
  DEPUTY_STATUS_ACTION_LABELS,
  DEPUTY_STATUS_LABELS,
  type DeputyStatusAction,
} from '@pcs/domain';
import { describeError, ErrorAlert, useLanguage, DayPicker, countyToday } from '@pcs/ui';
import { useCongressWording } from '../../../session/useCongressWording';
import { useTRPC } from '../../../api/trpc';
import { useSession } from '../../../session/SessionContext';

import { DeputySelect } from '../common/DeputySelect';
import { DeputyStatusTag } from '../common/labels';
import { DetailFallback } from '../common/sectionParts';
import { DNS } from '../../../i18n/deputies';
import type { DeputyDetail } from '../common/types';
import { DeputyFormDrawer } from './DeputyFormDrawer';

/** One deputy: particulars, status and its history, fixed contacts, presidium contacts. */
export function DeputyDetailPage() {
  const wording = useCongressWording();
  const { id = '' } = useParams();
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const writable = can('deputies.write');
  const deputy = useQuery(trpc.deputies.get.queryOptions({ id }));
  const [editing, setEditing] = useState(false);
  const [action, setAction] = useState<DeputyStatusAction | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.deputies.pathFilter());
  const onError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
  };
  const remove = useMutation(
    trpc.deputies.delete.mutationOptions({
      onSuccess: () => {
        void message.success(t('common.deleted'));
        void refresh();
        navigate('/deputies');
      },
      onError,
    }),
  );

  if (deputy.isPending || deputy.error) return <DetailFallback query={deputy} onRetry={() => void deputy.refetch()} />;
  const d = deputy.data;

  return (
    <Flex vertical gap={16} data-testid="deputy-detail">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space align="center">
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/deputies')} aria-label={t('common.back')} />
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} data-testid="deputy-name">
            {d.name}
          </Typography.Title>
          <DeputyStatusTag status={d.status} />
          {d.presidiumRole && <Tag color="gold">{pick(wording.roleLabels[d.presidiumRole])}</Tag>}
        </Space>
        <Space wrap>
          <Link to={`/duty-profiles/${d.id}`}>
            <Button icon={<ProfileOutlined />} data-testid="deputy-profile-link">
              {t('roster.detail.profile')}
            </Button>
          </Link>
          {writable && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="deputy-edit">
                {t('common.edit')}
              </Button>
              {d.actions.length > 0 && (
                <Dropdown menu={{ items: d.actions.map((a) => ({ key: a, label: pick(DEPUTY_STATUS_ACTION_LABELS[a]) })), onClick: ({ key }) => setAction(key as DeputyStatusAction) }}>
                  <Button data-testid="deputy-status-actions">
                    {t('roster.columns.status')} <DownOutlined />
                  </Button>
                </Dropdown>
              )}
              <Popconfirm title={t('common.deleteConfirm', { name: d.name })} description={t('roster.detail.deleteHint')} onConfirm={() => remove.mutate({ id: d.id })}>
                <Button danger icon={<DeleteOutlined />} />
              </Popconfirm>
            </>
          )}
        </Space>
      </Flex>

      <Card title={t('roster.detail.basics')} size="small">
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          size="small"
          items={[
            { label: t('roster.columns.gender'), children: pick(DEPUTY_GENDER_LABELS[d.gender]) },
            { label: t('roster.columns.birthDate'), children: d.birthDate },
            { label: t('roster.columns.ethnicity'), children: d.ethnicity },
            { label: t('roster.columns.party'), children: pick(DEPUTY_PARTY_LABELS[d.party]) },
            { label: t('roster.columns.education'), children: d.education ? pick(DEPUTY_EDUCATION_LABELS[d.education]) : '—' },
            { label: t('roster.columns.sector'), children: pick(DEPUTY_SECTOR_LABELS[d.sector]) },
            { label: t('roster.columns.levels'), children: d.levels.map((l) => pick(DEPUTY_LEVEL_LABELS[l])).join('、') },
            { label: t('roster.columns.termNo'), children: t('roster.columns.termValue', { term: d.termNo }) },
            { label: t('roster.columns.constituency'), children: d.constituency },
            { label: t('roster.columns.group'), children: d.groupId ? <Link to={`/deputy-groups/${d.groupId}`}>{d.groupName}</Link> : '—' },
            { label: t('roster.columns.station'), children: d.stationId ? <Link to={`/deputy-groups/stations/${d.stationId}`}>{d.stationName}</Link> : '—' },
            { label: t('roster.columns.electedOn'), children: d.electedOn ?? '—' },
            { label: t('roster.columns.workplace'), children: d.workplace ?? '—' },
            { label: t('roster.columns.phone'), children: d.phone ?? '—' },
            { label: t('roster.columns.address'), children: d.address ?? '—' },
            ...(d.statusDate ? [{ label: t('roster.columns.statusDate'), children: `${d.statusDate}${d.statusReason ? `（${d.statusReason}）` : ''}` }] : []),
            ...(d.note ? [{ label: t('roster.columns.note'), children: d.note }] : []),
          ]}
        />
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('roster.detail.statusHistory')} size="small">
            <Timeline
              items={d.statusChanges.map((c) => ({
                key: c.id,
                color: c.toStatus === 'serving' || c.toStatus === 'by_elected' ? 'green' : 'gray',
                title: c.effectiveOn,
                content: `${pick(DEPUTY_STATUS_LABELS[c.toStatus])}${c.reason ? `：${c.reason}` : ''}`,
              }))}
            />
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <CitizenContacts deputyId={d.id} writable={writable} />
        </Col>
      </Row>
      {/* Presidium members' fixed contacts with deputies: a rule of a congress, not of a working committee. */}
      {wording.hasSessions && <PresidiumContacts deputy={d} writable={writable} />}

      <DeputyFormDrawer
        open={editing}
        deputy={d}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void refresh();
        }}
      />
      <StatusModal deputy={d} action={action} onClose={() => setAction(null)} onDone={() => void refresh()} />
    </Flex>
  );
}

function StatusModal({ deputy, action, onClose, onDone }: { deputy: { id: string; version: number; name: string }; action: DeputyStatusAction | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const [effectiveOn, setEffectiveOn] = useState<string | null>(countyToday());
  const [reason, setReason] = useState('');
  const change = useMutation(trpc.deputies.changeStatus.mutationOptions());
  const submit = async () => {
    if (!action || !effectiveOn) return;
    await change.mutateAsync({ id: deputy.id, version: deputy.version, action, effectiveOn, reason });
    void message.success(t('roster.detail.actionDone'));
    onDone();
    onClose();
  };
  return (
    <Modal
      open={action !== null}
      title={action ? `${deputy.name} · ${pick(DEPUTY_STATUS_ACTION_LABELS[action])}` : ''}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      confirmLoading={change.isPending}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'status-submit' } as Record<string, string>}
    >
      {change.error ? <ErrorAlert error={change.error} /> : null}
      <Form layout="vertical">
        <Form.Item label={t('roster.detail.effectiveOn')} required>
          <DayPicker value={effectiveOn} onChange={setEffectiveOn} maxDay={countyToday()} allowClear={false} />
        </Form.Item>
        <Form.Item label={t('roster.detail.reason')} required={action === 'remove'}>
          <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CitizenContacts({ deputyId, writable }: { deputyId: string; writable: boolean }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const contacts = useQuery(trpc.deputyContacts.citizens.queryOptions({ deputyId }));
  const rules = useQuery(trpc.rules.effective.queryOptions({}));
  const min = rules.data?.find((r) => r.key === 'deputy.fixed_contacts_min')?.value;
  const [draft, setDraft] = useState({ name: '', phone: '', address: '' });
  const refresh = () => queryClient.invalidateQueries(trpc.deputyContacts.pathFilter());
  const onError = (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('common:errors.unknown'));
  };
  const add = useMutation(trpc.deputyContacts.addCitizen.mutationOptions({ onSuccess: () => { setDraft({ name: '', phone: '', address: '' }); void refresh(); }, onError }));
  const remove = useMutation(trpc.deputyContacts.removeCitizen.mutationOptions({ onSuccess: () => void refresh(), onError }));
  const count = contacts.data?.length ?? 0;
  return (
    <Card
      title={
        <Space>
          {t('roster.detail.citizens')}
          <Tag color={typeof min === 'number' && count < min ? 'red' : 'green'}>
            {count}
            {typeof min === 'number' ? ` / ${min}` : ''}
          </Tag>
        </Space>
      }
      size="small"
      data-testid="citizen-contacts"
    >
      {typeof min === 'number' && <Typography.Paragraph type="secondary">{t('roster.detail.citizensHint', { min })}</Typography.Paragraph>}
      <List
        size="small"
        loading={contacts.isPending}
        dataSource={contacts.data ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('common.none')} /> }}
        renderItem={(c) => (
          <List.Item
            actions={
              writable
                ? [
                    <Popconfirm key="x" title={t('common.deleteConfirm', { name: c.name })} onConfirm={() => remove.mutate({ id: c.id })}>
                      <Button type="link" size="small" danger>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <Space wrap>
              <strong>{c.name}</strong>
              {c.phone && <span>{c.phone}</span>}
              {c.address && <Typography.Text type="secondary">{c.address}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {writable && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input placeholder={t('roster.detail.citizenName')} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} maxLength={30} style={{ width: '30%' }} />
          <Input placeholder={t('roster.columns.phone')} value={draft.phone} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} maxLength={20} style={{ width: '30%' }} />
          <Input placeholder={t('roster.columns.address')} value={draft.address} onChange={(e) => setDraft({ ...draft, address: e.target.value })} maxLength={100} />
          <Button type="primary" loading={add.isPending} disabled={!draft.name.trim()} onClick={() => add.mutate({ deputyId, ...draft })}>
            {t('roster.detail.addCitizen')}
          </Button>
        </Space.Compact>
      )}
    </Card>
  );
}

function PresidiumContacts({ deputy, writable }: { deputy: DeputyDetail; writable: boolean }) {
  const { t } = useTranslation(DNS);
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string[] | null>(null);
  const save = useMutation(trpc.deputyContacts.setPresidiumContacts.mutationOptions());
  const rules = useQuery(trpc.rules.effective.queryOptions({}));
  const min = rules.data?.find((r) => r.key === 'presidium.member_contacts_min')?.value;
  const names = (list: Array<{ id: string; name: string }>) =>
    list.length ? (
      <Space size={[4, 4]} wrap>
        {list.map((x) => (
          <Link key={x.id} to={`/deputies/${x.id}`}>
            <Tag>{x.name}</Tag>
          </Link>
        ))}
      </Space>
    ) : (
      <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
    );
  return (
    <Row gutter={[16, 16]}>
      {deputy.presidiumRole && (
        <Col xs={24} lg={16}>
          <Card
            size="small"
            title={
              <Space>
                {t('roster.detail.presidiumContacts')}
                <Tag color={typeof min === 'number' && deputy.contactedDeputies.length < min ? 'red' : 'green'}>
                  {deputy.contactedDeputies.length}
                  {typeof min === 'number' ? ` / ${min}` : ''}
                </Tag>
              </Space>
            }
            extra={
              writable && (
                <Button size="small" onClick={() => setEditing(deputy.contactedDeputies.map((x) => x.id))}>
                  {t('roster.detail.editPresidiumContacts')}
                </Button>
              )
            }
          >
            {names(deputy.contactedDeputies)}
          </Card>
        </Col>
      )}
      <Col xs={24} lg={8}>
        <Card size="small" title={t('roster.detail.contactedBy')}>
          {names(deputy.presidiumContacts)}
        </Card>
      </Col>
      <Modal
        open={editing !== null}
        title={t('roster.detail.presidiumContacts')}
        onCancel={() => setEditing(null)}
        onOk={() =>
          void save
            .mutateAsync({ memberId: deputy.id, deputyIds: editing ?? [] })
            .then(() => {
              setEditing(null);
              void message.success(t('common.saved'));
              return queryClient.invalidateQueries(trpc.deputies.pathFilter());
            })
            .catch(() => undefined)
        }
        confirmLoading={save.isPending}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        destroyOnHidden
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <DeputySelect multiple value={editing ?? []} onChange={(v: string[]) => setEditing(v)} only={(x) => x.id !== deputy.id} />
      </Modal>
    </Row>
  );
}
