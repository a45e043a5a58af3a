import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Card, InputNumber, Popconfirm, Popover, Select, Space, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, ErrorAlert, useLocalList, type DataColumn } from '@pcs/ui';
import { EVALUATION_NS } from '../i18n/evaluation';
import { ballotKeys, ballotLink, useBallotsApi, type BallotScope, type EvaluationGroupRow } from './api';
import type { IssuedCodes } from './CodesModal';
import { useFailure } from './useFailure';

const column = createColumnHelper<EvaluationGroupRow>();

interface CardProps {
  scope: BallotScope;
  evaluationId: string;
  /** The township app's address, where the public ballot page is. */
  ballotOrigin: string;
  /** Shown beside the title where several townships' or departments' evaluations are listed (the county's screen). */
  township?: string;
  onIssued: (codes: IssuedCodes) => void;
  onTally: () => void;
  onChanged: () => Promise<unknown>;
}

/**
 * One democratic evaluation for whoever holds it: live turnout per evaluator group (counts only),
 * codes issued per group, a lost code cancelled by its printed number and replaced, the tally,
 * closing. Both apps show it; the scope picks the procedures.
 */
export function EvaluationCard({ scope, evaluationId, ballotOrigin, township, onIssued, onTally, onChanged }: CardProps) {
  const { t } = useTranslation(EVALUATION_NS);
  const { message } = App.useApp();
  const failed = useFailure();
  const api = useBallotsApi(scope);
  const detail = useQuery({ queryKey: ballotKeys.of(scope, 'evaluation', evaluationId), queryFn: () => api.get.query({ evaluationId }), refetchInterval: (q) => (q.state.data?.status === 'closed' ? false : 5000) });
  const evaluation = detail.data;
  const list = useLocalList(evaluation?.groups, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: detail.isLoading, error: detail.error, onRetry: () => void detail.refetch() });
  const [closing, setClosing] = useState(false);
  const open = evaluation?.status === 'open';
  // A county campaign's evaluation is the county's check team's to run; the appraised township only reads it (decision 79).
  const readOnly = scope === 'township' && evaluation?.runByCounty === true;
  const editable = open && !readOnly;
  const issued = (result: { title: string; groupName: string; codes: IssuedCodes['codes'] }) => onIssued({ title: result.title, groupName: result.groupName, link: ballotLink(ballotOrigin, evaluation?.publicPath ?? ''), codes: result.codes });
  const changed = () => Promise.all([detail.refetch(), onChanged()]);
  const close = async () => {
    setClosing(true);
    try {
      await api.close.mutate({ evaluationId });
      void message.success(t('close.done'));
      await changed();
    } catch (error) {
      failed(error);
    } finally {
      setClosing(false);
    }
  };
  const serialsOf = (groupId: string) => (evaluation?.unusedCodes ?? []).filter((c) => c.groupId === groupId).map((c) => c.serial);
  const columns: Array<DataColumn<EvaluationGroupRow>> = [
    column.accessor('name', { header: t('columns.group'), meta: { nowrap: true } }),
    column.accessor((g) => `${g.weight}%`, { id: 'weight', header: t('columns.weight'), meta: { align: 'right' } }),
    column.accessor('size', { header: t('columns.size'), meta: { align: 'right' } }),
    column.accessor('issued', { header: t('columns.issued'), meta: { align: 'right' } }),
    column.accessor('cancelled', { header: t('columns.cancelled'), meta: { align: 'right' } }),
    column.accessor('cast', { header: t('columns.cast'), cell: (c) => <span data-testid="turnout-cast">{c.getValue()}</span>, meta: { align: 'right' } }),
    column.accessor('unused', { header: t('columns.unused'), meta: { align: 'right' } }),
    column.accessor((g) => (g.rate === null ? '—' : `${Math.round(g.rate * 100)}%`), { id: 'rate', header: t('columns.turnout'), meta: { align: 'right' } }),
    column.display({
      id: 'actions',
      header: t('columns.actions'),
      meta: { nowrap: true },
      cell: (c) => (
        <Space size={0}>
          {readOnly ? null : (
            <>
          <IssueButton scope={scope} evaluationId={evaluationId} group={c.row.original} disabled={!open} onIssued={issued} onChanged={changed} />
          <CancelButton scope={scope} evaluationId={evaluationId} group={c.row.original} serials={serialsOf(c.row.original.groupId)} disabled={!open} onIssued={issued} onChanged={changed} />
            </>
          )}
        </Space>
      ),
    }),
  ];
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <Space wrap>
          {evaluation?.title}
          {township ? <Typography.Text strong>{township}</Typography.Text> : null}
          {evaluation ? <Tag color={open ? 'green' : undefined}>{t(`status.${evaluation.status}`)}</Tag> : null}
          {evaluation ? <Typography.Text type="secondary">{t('list.heldOn', { day: evaluation.heldOn })}</Typography.Text> : null}
        </Space>
      }
      extra={
        <Space>
          <Button onClick={onTally} data-testid="tally-open">
            {t('tally.button')}
          </Button>
          {editable && (
            <Popconfirm title={t('close.confirm')} onConfirm={() => void close()}>
              <Button danger loading={closing} data-testid="evaluation-close">
                {t('close.button')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
      data-testid="evaluation-card"
    >
      {detail.error && !evaluation ? <ErrorAlert error={detail.error} /> : null}
      {readOnly ? <Typography.Paragraph type="secondary" data-testid="evaluation-run-by-county">{t('list.runByCounty')}</Typography.Paragraph> : null}
      <DataTable<EvaluationGroupRow> testId="turnout-table" caption={t('columns.turnout')} columns={columns} {...list} getRowId={(g) => g.groupId} searchable={false} paginated={false} exportFileName={`${evaluation?.title ?? ''}${township ? `-${township}` : ''}-${t('columns.turnout')}`} />
    </Card>
  );
}

interface GroupActionProps {
  scope: BallotScope;
  evaluationId: string;
  group: EvaluationGroupRow;
  disabled: boolean;
  onIssued: (result: { title: string; groupName: string; codes: IssuedCodes['codes'] }) => void;
  onChanged: () => Promise<unknown>;
}

/** Codes for one group, up to its size (what is left is the default). */
function IssueButton({ scope, evaluationId, group, disabled, onIssued, onChanged }: GroupActionProps) {
  const { t } = useTranslation(EVALUATION_NS);
  const failed = useFailure();
  const api = useBallotsApi(scope);
  const left = Math.max(0, group.size - (group.issued - group.cancelled));
  const [count, setCount] = useState<number | null>(left);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const issue = async () => {
    if (!count) return;
    setBusy(true);
    try {
      const result = await api.issueCodes.mutate({ evaluationId, groupId: group.groupId, count });
      setOpen(false);
      onIssued(result);
      await onChanged();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
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
          <Button type="primary" loading={busy} onClick={() => void issue()} data-testid={`issue-confirm-${group.kind}`}>
            {t('issue.confirm')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="link" disabled={disabled || left === 0} data-testid={`issue-${group.kind}`}>
        {t('issue.button')}
      </Button>
    </Popover>
  );
}

/** A lost code, named by its printed number: cancelled, and by default replaced at once. */
function CancelButton({ scope, evaluationId, group, serials, disabled, onIssued, onChanged }: GroupActionProps & { serials: number[] }) {
  const { t } = useTranslation(EVALUATION_NS);
  const { message } = App.useApp();
  const failed = useFailure();
  const api = useBallotsApi(scope);
  const [serial, setSerial] = useState<number>();
  const [replace, setReplace] = useState(true);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const cancel = async () => {
    if (serial === undefined) return;
    setBusy(true);
    try {
      const result = await api.cancelCode.mutate({ evaluationId, groupId: group.groupId, serial, replace });
      setOpen(false);
      setSerial(undefined);
      void message.success(t('cancel.done', { serial: result.cancelledSerial }));
      if (result.codes.length > 0) onIssued(result);
      await onChanged();
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      content={
        <Space orientation="vertical">
          <Select style={{ width: 200 }} showSearch={{ optionFilterProp: 'label' }} placeholder={t('cancel.serial')} value={serial} onChange={setSerial} options={serials.map((s) => ({ value: s, label: t('codes.serial', { serial: s }) }))} data-testid={`cancel-serial-${group.kind}`} />
          <Space>
            <Switch checked={replace} onChange={setReplace} /> {t('cancel.replace')}
          </Space>
          <Button danger disabled={serial === undefined} loading={busy} onClick={() => void cancel()} data-testid={`cancel-confirm-${group.kind}`}>
            {t('cancel.button')}
          </Button>
        </Space>
      }
    >
      <Button size="small" type="link" danger disabled={disabled || serials.length === 0} data-testid={`cancel-${group.kind}`}>
        {t('cancel.button')}
      </Button>
    </Popover>
  );
}
