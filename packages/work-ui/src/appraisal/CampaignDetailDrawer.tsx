import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Checkbox, Descriptions, Drawer, Input, Modal, Space, Tabs, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_ACTION_LABELS, APPRAISAL_CAMPAIGN_STATE_LABELS, APPRAISAL_PHASE_LABELS, type AppraisalAction, type ItemInput } from '@pcs/domain';
import { DataTable, describeError, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type CampaignDetail } from './api';
import { SubjectsFormDrawer } from './CampaignForms';
import { exportScoreSheet } from './exportSheet';
import { RankingPanel } from './RankingPanel';
import { ScoreSheetTable, useScoreSaver } from './ScoreSheetTable';

/** One campaign for its organiser: status and its steps, subjects with their score sheets, ranking. */
export function CampaignDetailDrawer({ scope, campaignId, onClose }: { scope: AppraisalScope; campaignId: string | null; onClose: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const api = useAppraisalApi(scope);
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: appraisalKeys.of(scope, 'campaign', campaignId), queryFn: () => api.campaigns.get.query({ id: campaignId! }), enabled: !!campaignId });
  const [subjectId, setSubjectId] = useState<string | null>(null);
  const [pending, setPending] = useState<AppraisalAction | null>(null);
  const [reason, setReason] = useState('');
  const [publishRanking, setPublishRanking] = useState(true);
  const [editingSubjects, setEditingSubjects] = useState(false);
  const c = detail.data;
  const refresh = () => queryClient.invalidateQueries({ queryKey: appraisalKeys.all });

  const step = async (action: AppraisalAction) => {
    if (!c) return;
    const payload = action === 'publish' ? { publishRanking } : action === 'return_scoring' || action === 'correct' ? { reason } : {};
    try {
      await api.campaigns.step.mutate({ id: c.id, version: c.version, action, payload } as never);
      setPending(null);
      setReason('');
      await refresh();
    } catch (error) {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : String(error));
    }
  };

  /** The next period's campaign of a recurring series: same rules and subjects, a draft to check and open. */
  const createNext = async () => {
    if (!c) return;
    try {
      await api.campaigns.createNext.mutate({ campaignId: c.id });
      void message.success(t('campaigns.nextCreated'));
      await refresh();
    } catch (error) {
      const info = describeError(error);
      void message.error(info.messages ? pick(info.messages) : String(error));
    }
  };

  return (
    <Drawer open={!!campaignId} onClose={onClose} width="min(1200px, 100vw)" title={c?.title ?? t('campaigns.detail')} destroyOnHidden>
      {c ? (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('campaigns.state')}><Tag color="blue" data-testid="campaign-state">{pick(APPRAISAL_CAMPAIGN_STATE_LABELS[c.state])}</Tag></Descriptions.Item>
            <Descriptions.Item label={t('campaigns.period')}>{pick(c.period)}</Descriptions.Item>
            <Descriptions.Item label={t('templates.maxTotal')}>{c.ruleSet.maxTotal}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.phases')} span={3}>{c.phases.map((p) => `${pick(APPRAISAL_PHASE_LABELS[p.kind])} ${p.startsOn}～${p.endsOn}`).join('；') || '—'}</Descriptions.Item>
          </Descriptions>
          <Alert type={c.ruleSetVersion ? 'info' : 'warning'} showIcon message={c.ruleSetVersion ? t('campaigns.frozen', { version: c.ruleSetVersion }) : t('campaigns.draft')} />
          <Space wrap>
            {c.actions.map((action) => (
              <Button key={action} type={action === 'publish' || action === 'open' ? 'primary' : 'default'} data-testid={`step-${action}`} onClick={() => (action === 'publish' || action === 'correct' || action === 'return_scoring' ? setPending(action) : void step(action))}>
                {pick(APPRAISAL_ACTION_LABELS[action])}
              </Button>
            ))}
            {c.recurring && c.ruleSetVersion ? (
              <Button data-testid="create-next" onClick={() => void createNext()}>{t('campaigns.createNext')}</Button>
            ) : null}
          </Space>
          <Tabs
            items={[
              {
                key: 'subjects',
                label: t('campaigns.subjects'),
                children: (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {c.state === 'draft' ? <Button onClick={() => setEditingSubjects(true)} data-testid="edit-subjects">{t('campaigns.editSubjects')}</Button> : null}
                    <SubjectList campaign={c} onOpen={setSubjectId} />
                  </Space>
                ),
              },
              ...(c.ruleSetVersion ? [{ key: 'ranking', label: t('results.ranking'), children: <RankingPanel scope={scope} campaignId={c.id} title={c.title} /> }] : []),
              {
                key: 'history',
                label: t('campaigns.history'),
                children: <Timeline items={c.history.map((h) => ({ children: `${h.at.slice(0, 16).replace('T', ' ')} ${h.actorName} ${pick(APPRAISAL_ACTION_LABELS[h.action as AppraisalAction] ?? { zh: h.action, en: h.action })}${(h.data as { reason?: string }).reason ? `：${(h.data as { reason?: string }).reason}` : ''}` }))} />,
              },
            ]}
          />
          <Modal open={pending !== null} title={pending ? pick(APPRAISAL_ACTION_LABELS[pending]) : ''} onCancel={() => setPending(null)} onOk={() => pending && void step(pending)} okButtonProps={{ disabled: pending !== 'publish' && reason.trim().length < 2, 'data-testid': 'step-confirm' } as never}>
            {pending === 'publish' ? (
              <Checkbox checked={publishRanking} onChange={(e) => setPublishRanking(e.target.checked)} data-testid="publish-ranking">{t('campaigns.publishRanking')}</Checkbox>
            ) : (
              <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('campaigns.reason')} />
            )}
          </Modal>
          <SubjectSheetDrawer scope={scope} campaign={c} subjectId={subjectId} onClose={() => setSubjectId(null)} onChanged={refresh} />
          {c.state === 'draft' ? <SubjectsFormDrawer scope={scope} campaign={c} open={editingSubjects} onClose={() => setEditingSubjects(false)} onSaved={() => { setEditingSubjects(false); void refresh(); }} /> : null}
        </Space>
      ) : null}
    </Drawer>
  );
}

type Subject = CampaignDetail['subjects'][number];
const subjectColumn = createColumnHelper<Subject>();

/** The campaign's appraised units (tens, loaded with the campaign): searchable, each opening its score sheet. */
function SubjectList({ campaign, onOpen }: { campaign: CampaignDetail; onOpen: (subjectId: string) => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const list = useLocalList(campaign.subjects, { initialQuery: { pageSize: 50 }, searchText: (s) => `${s.name} ${s.tenantName ?? ''}` });
  // The county's grids, villages or offices span townships: each names its township.
  const ofTownships = new Set(campaign.subjects.map((s) => s.tenantName)).size > 1 && campaign.subjects.some((s) => s.tenantName !== s.name);
  const columns: Array<DataColumn<Subject>> = [
    subjectColumn.accessor('name', { header: t('campaigns.subjects'), meta: { nowrap: true } }),
    ...(ofTownships ? [subjectColumn.accessor((s) => s.tenantName ?? '', { id: 'township', header: t('campaigns.township'), meta: { nowrap: true } })] : []),
    subjectColumn.accessor((s) => (s.selfSubmittedAt ? t('sheet.submitted') : '—'), { id: 'self', header: t('sheet.self'), cell: (c) => (c.row.original.selfSubmittedAt ? <Tag color="green">{c.getValue()}</Tag> : '—') }),
    subjectColumn.display({ id: 'open', header: '', cell: (c) => <Button size="small" data-testid={`sheet-${c.row.original.name}`} onClick={() => onOpen(c.row.original.id)} disabled={!campaign.ruleSetVersion}>{t('sheet.title')}</Button> }),
  ];
  return <DataTable<Subject> testId="campaign-subjects" caption={t('campaigns.subjects')} columns={columns} {...list} getRowId={(s) => s.id} searchable={campaign.subjects.length > 10} exportFileName={`${campaign.title}-${t('campaigns.subjects')}`} />;
}

function SubjectSheetDrawer({ scope, campaign, subjectId, onClose, onChanged }: { scope: AppraisalScope; campaign: CampaignDetail; subjectId: string | null; onClose: () => void; onChanged: () => Promise<void> }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const api = useAppraisalApi(scope);
  const save = useScoreSaver();
  const [busy, setBusy] = useState<string | null>(null);
  const sheet = useQuery({ queryKey: appraisalKeys.of(scope, 'sheet', subjectId), queryFn: () => api.scores.sheet.query({ subjectId: subjectId! }), enabled: !!subjectId });
  const scoring = campaign.state === 'scoring';
  const onScore = async (itemKey: string, input: ItemInput) => {
    setBusy(itemKey);
    if (await save(() => api.scores.setItem.mutate({ subjectId: subjectId!, itemKey, input }))) {
      await sheet.refetch();
      await onChanged();
    }
    setBusy(null);
  };
  const s = sheet.data;
  return (
    <Drawer open={!!subjectId} onClose={onClose} width="min(1100px, 100vw)" title={s ? `${s.title} · ${s.subject.name}` : t('sheet.title')} destroyOnHidden
      extra={s ? <Button onClick={() => void exportScoreSheet(s, `${s.subject.name} · ${pick(campaign.period)}`, { item: t('templates.item'), max: t('templates.max'), self: t('sheet.self'), official: t('sheet.official'), total: t('sheet.total'), signatures: t('sheet.signatures') })} data-testid="export-sheet">{t('sheet.export')}</Button> : null}>
      {s ? <ScoreSheetTable sheet={s} mode={scoring ? 'official' : 'read'} onScore={onScore} busyKey={busy} showEvidence="list" /> : null}
    </Drawer>
  );
}
