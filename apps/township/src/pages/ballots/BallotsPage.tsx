import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, Form, InputNumber, Popconfirm, Popover, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayPicker, describeError, ErrorAlert, PageHeader, useCountyToday, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { BALLOTS_NS } from '../../i18n/texts';
import { useSession } from '../../session/SessionContext';
import { CodesModal, type IssuedCodes } from './CodesModal';
import { TallyDrawer } from './TallyDrawer';

type Evaluation = RouterOutputs['ballots']['list'][number];
type Group = Evaluation['groups'][number];

/** Where evaluators vote: the township app's public page, no sign-in. */
export const ballotLink = (tenantId: string, evaluationId: string) => `${window.location.origin}/ballot/${tenantId}/${evaluationId}`;

function useFailure() {
  const { message } = App.useApp();
  const { pick } = useLanguage();
  const { t } = useTranslation(BALLOTS_NS);
  return (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('failed'));
  };
}

/** Setting up the evaluation of an open appraisal: the day, each group's size here, points per grade. */
function SetupCard() {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const failed = useFailure();
  const today = useCountyToday();
  const campaigns = useQuery(trpc.ballots.campaigns.queryOptions());
  const [campaignId, setCampaignId] = useState<string>();
  const [heldOn, setHeldOn] = useState<string | null>(today);
  const [sizes, setSizes] = useState<Record<string, number | null>>({});
  const [points, setPoints] = useState<Record<number, number | null>>({});
  const open = (campaigns.data ?? []).filter((c) => !c.held);
  const campaign = open.find((c) => c.id === campaignId);
  const create = useMutation(
    trpc.ballots.create.mutationOptions({
      onSuccess: () => {
        void message.success(t('setup.created'));
        setCampaignId(undefined);
        void queryClient.invalidateQueries(trpc.ballots.pathFilter());
      },
      onError: failed,
    }),
  );
  const submit = () => {
    if (!campaign || !heldOn) return;
    const gradePoints = campaign.grades.map((_, i) => points[i]);
    create.mutate({
      campaignId: campaign.id,
      heldOn,
      gradePoints: gradePoints.every((p) => typeof p === 'number') ? (gradePoints as number[]) : [],
      groups: campaign.groups.map((g) => ({ groupId: g.id, size: sizes[g.id] ?? g.defaultSize ?? 1 })),
    });
  };
  return (
    <Card size="small" title={t('setup.title')} style={{ marginBottom: 16 }} data-testid="ballot-setup">
      {campaigns.error && <ErrorAlert error={campaigns.error} />}
      {campaigns.data && open.length === 0 ? (
        <Typography.Text type="secondary">{t('setup.none')}</Typography.Text>
      ) : (
        <Form layout="vertical">
          <Space wrap align="start">
            <Form.Item label={t('setup.campaign')}>
              <Select style={{ width: 320 }} placeholder={t('setup.campaignPlaceholder')} value={campaignId} onChange={setCampaignId} options={open.map((c) => ({ value: c.id, label: c.title }))} data-testid="ballot-campaign" />
            </Form.Item>
            <Form.Item label={t('setup.heldOn')}>
              <DayPicker value={heldOn} onChange={setHeldOn} allowClear={false} />
            </Form.Item>
          </Space>
          {campaign && (
            <>
              <Form.Item label={t('setup.groups')}>
                <Space wrap>
                  {campaign.groups.map((g) => (
                    <Space key={g.id} orientation="vertical" size={0}>
                      <Typography.Text>
                        {g.name} <Typography.Text type="secondary">{t('setup.weight', { weight: g.weight })}</Typography.Text>
                      </Typography.Text>
                      <InputNumber min={1} max={1000} value={sizes[g.id] ?? g.defaultSize} onChange={(v) => setSizes({ ...sizes, [g.id]: v })} data-testid={`ballot-size-${g.kind}`} />
                      {g.range && <Typography.Text type="secondary">{t('setup.range', g.range)}</Typography.Text>}
                    </Space>
                  ))}
                </Space>
              </Form.Item>
              <Form.Item label={t('setup.gradePoints')}>
                <Space wrap>
                  {campaign.grades.map((grade, i) => (
                    <InputNumber key={grade} addonBefore={grade} min={0} max={1000} value={points[i]} onChange={(v) => setPoints({ ...points, [i]: v })} style={{ width: 150 }} data-testid={`ballot-points-${i}`} />
                  ))}
                </Space>
              </Form.Item>
              <Button type="primary" onClick={submit} loading={create.isPending} data-testid="ballot-create">
                {t('setup.create')}
              </Button>
            </>
          )}
        </Form>
      )}
    </Card>
  );
}

function IssueButton({ evaluation, group, onIssued }: { evaluation: Evaluation; group: Group; onIssued: (codes: IssuedCodes) => void }) {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const failed = useFailure();
  const { tenant } = useSession();
  const left = Math.max(0, group.size - (group.issued - group.cancelled));
  const [count, setCount] = useState<number | null>(left);
  const [open, setOpen] = useState(false);
  const issue = useMutation(
    trpc.ballots.issueCodes.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        onIssued({ title: result.title, groupName: result.groupName, link: ballotLink(tenant.id, evaluation.id), codes: result.codes });
        void queryClient.invalidateQueries(trpc.ballots.pathFilter());
      },
      onError: failed,
    }),
  );
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setCount(left);
      }}
      content={
        <Space>
          <InputNumber min={1} max={200} value={count} onChange={setCount} aria-label={t('issue.count')} data-testid={`issue-count-${group.kind}`} />
          <Button type="primary" loading={issue.isPending} onClick={() => count && issue.mutate({ evaluationId: evaluation.id, groupId: group.groupId, count })} data-testid={`issue-confirm-${group.kind}`}>
            {t('issue.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="link" disabled={evaluation.status !== 'open' || left === 0} data-testid={`issue-${group.kind}`}>
        {t('issue.button')}
      </Button>
    </Popover>
  );
}

function CancelButton({ evaluation, group, serials, onIssued }: { evaluation: Evaluation; group: Group; serials: number[]; onIssued: (codes: IssuedCodes) => void }) {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const failed = useFailure();
  const { tenant } = useSession();
  const [serial, setSerial] = useState<number>();
  const [replace, setReplace] = useState(true);
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.ballots.cancelCode.mutationOptions({
      onSuccess: (result) => {
        setOpen(false);
        setSerial(undefined);
        void message.success(t('cancel.done', { serial: result.cancelledSerial }));
        if (result.codes.length > 0) onIssued({ title: result.title, groupName: result.groupName, link: ballotLink(tenant.id, evaluation.id), codes: result.codes });
        void queryClient.invalidateQueries(trpc.ballots.pathFilter());
      },
      onError: failed,
    }),
  );
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={
        <Space orientation="vertical">
          <Select style={{ width: 200 }} placeholder={t('cancel.serial')} value={serial} onChange={setSerial} options={serials.map((s) => ({ value: s, label: `No. ${s}` }))} />
          <Space>
            <Switch checked={replace} onChange={setReplace} /> {t('cancel.replace')}
          </Space>
          <Button danger disabled={serial === undefined} loading={cancel.isPending} onClick={() => serial !== undefined && cancel.mutate({ evaluationId: evaluation.id, groupId: group.groupId, serial, replace })}>
            {t('cancel.button')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="link" danger disabled={evaluation.status !== 'open' || serials.length === 0}>
        {t('cancel.button')}
      </Button>
    </Popover>
  );
}

function EvaluationCard({ evaluation, onIssued, onTally }: { evaluation: Evaluation; onIssued: (codes: IssuedCodes) => void; onTally: () => void }) {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const failed = useFailure();
  const detail = useQuery({ ...trpc.ballots.get.queryOptions({ evaluationId: evaluation.id }), refetchInterval: evaluation.status === 'open' ? 5000 : false });
  const groups = detail.data?.groups ?? evaluation.groups;
  const close = useMutation(
    trpc.ballots.close.mutationOptions({
      onSuccess: () => {
        void message.success(t('close.done'));
        void queryClient.invalidateQueries(trpc.ballots.pathFilter());
      },
      onError: failed,
    }),
  );
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space>
          {evaluation.title}
          <Tag color={evaluation.status === 'open' ? 'green' : undefined}>{t(`status.${evaluation.status}`)}</Tag>
          <Typography.Text type="secondary">{t('list.heldOn', { day: evaluation.heldOn })}</Typography.Text>
        </Space>
      }
      extra={
        <Space>
          <Button onClick={onTally} data-testid="tally-open">
            {t('tally.button')}
          </Button>
          {evaluation.status === 'open' && (
            <Popconfirm title={t('close.confirm')} onConfirm={() => close.mutate({ evaluationId: evaluation.id })}>
              <Button danger>{t('close.button')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
      data-testid="evaluation-card"
    >
      <Table<Group>
        size="small"
        pagination={false}
        rowKey="groupId"
        dataSource={groups}
        data-testid="turnout-table"
        columns={[
          { title: t('columns.group'), dataIndex: 'name' },
          { title: t('columns.weight'), dataIndex: 'weight', align: 'right', render: (w: number) => `${w}%` },
          { title: t('columns.size'), dataIndex: 'size', align: 'right' },
          { title: t('columns.issued'), dataIndex: 'issued', align: 'right' },
          { title: t('columns.cancelled'), dataIndex: 'cancelled', align: 'right' },
          { title: t('columns.cast'), dataIndex: 'cast', align: 'right', render: (n: number) => <span data-testid="turnout-cast">{n}</span> },
          { title: t('columns.unused'), dataIndex: 'unused', align: 'right' },
          { title: t('columns.turnout'), dataIndex: 'rate', align: 'right', render: (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`) },
          {
            title: t('columns.actions'),
            key: 'actions',
            render: (_: unknown, group: Group) => (
              <Space size={0}>
                <IssueButton evaluation={evaluation} group={group} onIssued={onIssued} />
                <CancelButton evaluation={evaluation} group={group} serials={(detail.data?.unusedCodes ?? []).filter((c) => c.groupId === group.groupId).map((c) => c.serial)} onIssued={onIssued} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** Democratic evaluation (民主测评): set up, issue and cancel codes, live turnout, tally, close. */
export function BallotsPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const list = useQuery(trpc.ballots.list.queryOptions());
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const [tallyOf, setTallyOf] = useState<string | null>(null);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <SetupCard />
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.length === 0 && <Empty description={t('list.empty')} />}
      {list.data?.map((evaluation) => <EvaluationCard key={evaluation.id} evaluation={evaluation} onIssued={setIssued} onTally={() => setTallyOf(evaluation.id)} />)}
      <CodesModal issued={issued} onClose={() => setIssued(null)} />
      <TallyDrawer evaluationId={tallyOf} onClose={() => setTallyOf(null)} />
    </>
  );
}
