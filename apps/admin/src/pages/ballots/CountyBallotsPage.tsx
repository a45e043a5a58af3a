import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Drawer, Empty, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, ErrorAlert, PageHeader, useLocalList } from '@pcs/ui';
import { CodesModal, EVALUATION_NS, EvaluationCard, EvaluationMembers, EvaluationSetup, TallyDrawer, type IssuedCodes } from '@pcs/work-ui';
import { TOWNSHIP_APP_URL } from '../../config';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { BALLOTS_NS } from '../../i18n/ballots';
import { turnoutColumns, type TurnoutRow } from './turnoutColumns';
import { useSession } from '../../session/SessionContext';
import { CountyHomeBallots } from './CountyHomeBallots';

type Turnout = RouterOutputs['countyBallots']['turnout'][number];

/**
 * The democratic evaluations of the county's own campaigns (its on-site check team, seed 003):
 * set one up in an appraised township, issue codes with a printable sheet, cancel and replace a
 * lost one, list the township's accounts who vote signed in instead of a code, close; live turnout of every township (counts only) and each tally. The evaluations
 * are the townships' rows; the county's calls run the townships' own handlers there.
 */
export function CountyBallotsPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const { t: te } = useTranslation(EVALUATION_NS);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const { can } = useSession();
  const manage = can('county_appraisal.manage');
  const [campaignId, setCampaignId] = useState<string>();
  const [tallyOf, setTallyOf] = useState<{ id: string; township: string } | null>(null);
  const [managing, setManaging] = useState<{ id: string; township: string; tenantId: string } | null>(null);
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const campaigns = useQuery(trpc.countyAppraisal.campaigns.list.queryOptions({ page: 1, pageSize: 100, sortBy: 'year', sortDirection: 'desc' }));
  // A county-home campaign (county departments, decision 79) is evaluated per department in the county home.
  const countyHome = (campaigns.data?.items ?? []).find((c) => c.id === campaignId)?.countyHome === true;
  const inTownships = campaignId !== undefined && !countyHome;
  const turnout = useQuery({ ...trpc.countyBallots.turnout.queryOptions({ campaignId: campaignId ?? '' }), enabled: inTownships, refetchInterval: 5000 });
  const townships = useQuery({ ...trpc.countyBallots.townships.queryOptions({ campaignId: campaignId ?? '' }), enabled: inTownships && manage });
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.countyBallots.turnout.pathFilter()), queryClient.invalidateQueries(trpc.countyBallots.townships.pathFilter())]);
  // One row per township and evaluator group (counts only); the tally and the codes open per township.
  const rows = (turnout.data ?? []).flatMap((e) => e.groups.map((g) => ({ key: `${e.id}-${g.groupId}`, evaluation: e, ...g })));
  const list = useLocalList(rows, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: turnout.isLoading && campaignId !== undefined, error: turnout.error, onRetry: () => void turnout.refetch() });
  const offers = townships.data?.townships.filter((x) => x.evaluationId === null && x.groups.length > 0).map((x) => ({ key: x.tenantId, label: x.name, grades: x.grades, groups: x.groups }));
  const columns = turnoutColumns<Turnout>({
    place: { id: 'township', header: t('columns.township'), of: (e) => e.township },
    testIds: { cast: 'county-turnout-cast', manage: 'county-ballots-manage' },
    manage,
    onManage: (e) => setManaging({ id: e.id, township: e.township, tenantId: e.tenantId }),
    onTally: (e) => setTallyOf({ id: e.id, township: e.township }),
    t,
    te,
  });
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Space style={{ margin: '12px 0' }} wrap>
        <Typography.Text>{t('campaign')}</Typography.Text>
        <Select style={{ width: 360, maxWidth: '100%' }} placeholder={t('campaignPlaceholder')} value={campaignId} onChange={setCampaignId} options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))} data-testid="county-ballots-campaign" />
      </Space>
      {campaigns.error && <ErrorAlert error={campaigns.error} />}
      {campaignId !== undefined && countyHome && <CountyHomeBallots campaignId={campaignId} manage={manage} />}
      {inTownships && manage && (
        <EvaluationSetup
          offers={offers}
          error={townships.error}
          offerLabel={te('setup.township')}
          offerPlaceholder={te('setup.townshipPlaceholder')}
          noneText={te('setup.noneCounty')}
          create={async (offer, input) => {
            const created = await client.countyBallots.create.mutate({ campaignId, tenantId: offer.key, ...input });
            await refresh();
            setManaging({ id: created.id, township: offer.label, tenantId: offer.key });
          }}
        />
      )}
      {inTownships && turnout.data?.length === 0 && <Empty description={t('empty')} />}
      {inTownships && rows.length > 0 && <DataTable<TurnoutRow<Turnout>> testId="county-ballots-table" caption={t('title')} columns={columns} {...list} getRowId={(r) => r.key} searchable={false} paginated={false} exportFileName={t('title')} />}
      <Drawer open={managing !== null} onClose={() => setManaging(null)} size={900} title={managing ? t('manage.title', { township: managing.township }) : ''} destroyOnHidden data-testid="county-ballots-drawer">
        {managing && (
          <EvaluationCard
            scope="county"
            evaluationId={managing.id}
            township={managing.township}
            ballotOrigin={TOWNSHIP_APP_URL}
            onIssued={setIssued}
            onTally={() => setTallyOf({ id: managing.id, township: managing.township })}
            onChanged={refresh}
          />
        )}
        {managing && <EvaluationMembers scope="county" evaluationId={managing.id} />}
      </Drawer>
      <CodesModal issued={issued} onClose={() => setIssued(null)} />
      <TallyDrawer scope="county" evaluationId={tallyOf?.id ?? null} subtitle={tallyOf?.township} onClose={() => setTallyOf(null)} />
    </>
  );
}
