import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageHeader } from '@pcs/ui';
import { CodesModal, EVALUATION_NS, EvaluationCard, EvaluationMembers, EvaluationSetup, TallyDrawer, useTRPCClient, type IssuedCodes } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import { BALLOTS_NS } from '../../i18n/ballots';

/** Democratic evaluation (民主测评): set up, issue and cancel codes, live turnout, tally, close. */
export function BallotsPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const { t: te } = useTranslation(EVALUATION_NS);
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.ballots.list.queryOptions());
  const campaigns = useQuery(trpc.ballots.campaigns.queryOptions());
  const [issued, setIssued] = useState<IssuedCodes | null>(null);
  const [tallyOf, setTallyOf] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.ballots.pathFilter());
  const offers = campaigns.data?.filter((c) => !c.held).map((c) => ({ key: c.id, label: c.title, grades: c.grades, groups: c.groups }));
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <EvaluationSetup
        offers={offers}
        error={campaigns.error}
        offerLabel={te('setup.campaign')}
        offerPlaceholder={te('setup.campaignPlaceholder')}
        noneText={te('setup.none')}
        create={async (offer, input) => {
          await client.ballots.create.mutate({ campaignId: offer.key, ...input });
          await refresh();
        }}
      />
      {list.error && <ErrorAlert error={list.error} />}
      {list.data?.length === 0 && <Empty description={te('list.empty')} />}
      {list.data?.map((evaluation) => (
        <div key={evaluation.id}>
          <EvaluationCard scope="township" evaluationId={evaluation.id} ballotOrigin={window.location.origin} onIssued={setIssued} onTally={() => setTallyOf(evaluation.id)} onChanged={refresh} />
          <EvaluationMembers scope="township" evaluationId={evaluation.id} />
        </div>
      ))}
      <CodesModal issued={issued} onClose={() => setIssued(null)} />
      <TallyDrawer scope="township" evaluationId={tallyOf} onClose={() => setTallyOf(null)} />
    </>
  );
}
