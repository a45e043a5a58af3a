import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Drawer, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, useLocalList } from '@pcs/ui';
import { CodesModal, EVALUATION_NS, EvaluationCard, EvaluationMembers, EvaluationSetup, TallyDrawer, type IssuedCodes } from '@pcs/work-ui';
import { TOWNSHIP_APP_URL } from '../../config';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { BALLOTS_NS } from '../../i18n/ballots';
import { turnoutColumns, type TurnoutRow } from './turnoutColumns';

type Turnout = RouterOutputs['countyHomeBallots']['turnout'][number];

/**
 * A county-home campaign's democratic evaluations (decision 79): one per appraised county
 * department, held by the standing committee, with the same card, member editor and tally as a
 * township's (`BallotScope` `countyHome`); printed codes are used on the public page's county path.
 */
export function CountyHomeBallots({ campaignId, manage }: { campaignId: string; manage: boolean }) {
  const { t } = useTranslation(BALLOTS_NS);
  const { t: te } = useTranslation(EVALUATION_NS);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [tallyOf, setTallyOf] = useState<{ id: string; department: string } | null>(null);
  const [managing, setManaging] = useState<{ id: string; department: string } | null>(null);
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const turnout = useQuery({ ...trpc.countyHomeBallots.turnout.queryOptions({ campaignId }), refetchInterval: 5000 });
  const departments = useQuery({ ...trpc.countyHomeBallots.departments.queryOptions({ campaignId }), enabled: manage });
  const refresh = () => Promise.all([queryClient.invalidateQueries(trpc.countyHomeBallots.turnout.pathFilter()), queryClient.invalidateQueries(trpc.countyHomeBallots.departments.pathFilter())]);
  const rows = (turnout.data ?? []).flatMap((e) => e.groups.map((g) => ({ key: `${e.id}-${g.groupId}`, evaluation: e, ...g })));
  const list = useLocalList(rows, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: turnout.isLoading, error: turnout.error, onRetry: () => void turnout.refetch() });
  const offers = departments.data?.departments.filter((d) => d.evaluationId === null && d.groups.length > 0).map((d) => ({ key: d.countyDepartmentId, label: d.name, grades: d.grades, groups: d.groups }));
  const columns = turnoutColumns<Turnout>({
    place: { id: 'department', header: t('countyHome.department'), of: (e) => e.department },
    testIds: { cast: 'county-home-turnout-cast', manage: 'county-home-ballots-manage' },
    manage,
    onManage: (e) => setManaging({ id: e.id, department: e.department }),
    onTally: (e) => setTallyOf({ id: e.id, department: e.department }),
    t,
    te,
  });
  return (
    <>
      <Alert type="info" showIcon title={t('countyHome.intro')} style={{ marginBottom: 12 }} />
      {manage && (
        <EvaluationSetup
          offers={offers}
          error={departments.error}
          offerLabel={t('countyHome.department')}
          offerPlaceholder={t('countyHome.departmentPlaceholder')}
          noneText={t('countyHome.none')}
          create={async (offer, input) => {
            const created = await client.countyHomeBallots.create.mutate({ campaignId, countyDepartmentId: offer.key, ...input });
            await refresh();
            setManaging({ id: created.id, department: offer.label });
          }}
        />
      )}
      {turnout.data?.length === 0 && <Empty description={t('countyHome.empty')} />}
      {rows.length > 0 && <DataTable<TurnoutRow<Turnout>> testId="county-home-ballots-table" caption={t('title')} columns={columns} {...list} getRowId={(r) => r.key} searchable={false} paginated={false} exportFileName={t('title')} />}
      <Drawer open={managing !== null} onClose={() => setManaging(null)} size={900} title={managing ? t('manage.title', { township: managing.department }) : ''} destroyOnHidden data-testid="county-home-ballots-drawer">
        {managing && (
          <EvaluationCard
            scope="countyHome"
            evaluationId={managing.id}
            township={managing.department}
            ballotOrigin={TOWNSHIP_APP_URL}
            onIssued={setIssued}
            onTally={() => setTallyOf({ id: managing.id, department: managing.department })}
            onChanged={refresh}
          />
        )}
        {managing && <EvaluationMembers scope="countyHome" evaluationId={managing.id} />}
      </Drawer>
      <CodesModal issued={issued} onClose={() => setIssued(null)} />
      <TallyDrawer scope="countyHome" evaluationId={tallyOf?.id ?? null} subtitle={tallyOf?.department} onClose={() => setTallyOf(null)} />
    </>
  );
}
