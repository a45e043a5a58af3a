import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import type { BallotContent } from '@pcs/domain';
import { ErrorAlert } from '@pcs/ui';
import { VOTE_NS } from '../i18n/vote';
import { useVoterApi, voterKeys, type VoterScope } from './api';
import { BallotAnswersForm } from './BallotAnswersForm';

/** A listed member's ballot: the same questions as the public page, no code (docs/decisions.md, 71). */
export default function MyBallotPage({ scope = 'township' }: { scope?: VoterScope }) {
  const { t } = useTranslation(VOTE_NS);
  const { id = '' } = useParams();
  const api = useVoterApi(scope);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const ballot = useQuery({ queryKey: voterKeys.of(scope, 'get', id), queryFn: () => api.get.query({ evaluationId: id }) });
  const cast = useMutation({ mutationFn: (input: { evaluationId: string; answers: BallotContent }) => api.cast.mutate(input), onSuccess: () => void queryClient.invalidateQueries({ queryKey: voterKeys.all }) });
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
          <Alert type="info" showIcon message={t(scope === 'department' ? 'mine.introDepartment' : 'mine.intro')} />
          <BallotAnswersForm form={b} busy={cast.isPending} onSubmit={(answers) => cast.mutate({ evaluationId: b.id, answers })} />
        </>
      ))}
      <Button block size="large" onClick={() => navigate('/my-ballots')}>
        {t('mine.back')}
      </Button>
    </Flex>
  );
}
