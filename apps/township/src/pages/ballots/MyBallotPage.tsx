import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { BALLOTS_NS } from '../../i18n/ballots';
import { BallotAnswersForm } from './BallotAnswersForm';

/** A listed member's ballot: the same questions as the public page, no code (docs/decisions.md, 71). */
export default function MyBallotPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ballot = useQuery(trpc.myBallots.get.queryOptions({ evaluationId: id }));
  const cast = useMutation(trpc.myBallots.cast.mutationOptions({ onSuccess: () => void queryClient.invalidateQueries(trpc.myBallots.pathFilter()) }));
  const b = ballot.data;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }} data-testid="my-ballot">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('mine.title')}
      </Typography.Title>
      {ballot.error && <ErrorAlert error={ballot.error} />}
      {b && (
        <Typography.Text type="secondary">
          {b.title} · {b.heldOn} · {b.groupName}
        </Typography.Text>
      )}
      {cast.error && <ErrorAlert error={cast.error} />}
      {b && (b.voted || cast.isSuccess ? (
        <Result status="success" title={t('mine.thanks')} data-testid="my-ballot-thanks" />
      ) : b.status !== 'open' ? (
        <Alert type="warning" showIcon message={t('mine.closed')} />
      ) : (
        <>
          <Alert type="info" showIcon message={t('mine.intro')} />
          <BallotAnswersForm form={b} busy={cast.isPending} onSubmit={(answers) => cast.mutate({ evaluationId: b.id, answers })} />
        </>
      ))}
      <Button block size="large" onClick={() => navigate('/my-ballots')}>
        {t('mine.back')}
      </Button>
    </Flex>
  );
}
