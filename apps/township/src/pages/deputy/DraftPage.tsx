import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { SUGGESTION_KIND_LABELS, SUGGESTION_TOPIC_LABELS, type SuggestionTopic } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

const RESPONSE_COLORS = { pending: 'default', confirmed: 'green', declined: 'red' } as const;

/**
 * A draft: its author edits it, asks the co-signers, submits it once all answered, or deletes it;
 * a co-signer who was asked reads it and confirms or declines for themself.
 */
export default function DraftPage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.deputyWorkspace.drafts.get.queryOptions({ id }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.pathKey() });
  const done = (text: string) => async () => {
    void message.success(text);
    await refresh();
  };
  const ask = useMutation(trpc.deputyWorkspace.drafts.ask.mutationOptions({ onSuccess: done(t('drafts.askedDone')) }));
  const answer = useMutation(trpc.deputyWorkspace.drafts.answer.mutationOptions({ onSuccess: done(t('drafts.answered')) }));
  const submit = useMutation(
    trpc.deputyWorkspace.drafts.submit.mutationOptions({
      onSuccess: async (r) => {
        void message.success(t('drafts.submitted', { number: r.number }));
        await refresh();
        navigate(`/me/suggestions/${r.suggestionId}`);
      },
    }),
  );
  const remove = useMutation(
    trpc.deputyWorkspace.drafts.remove.mutationOptions({
      onSuccess: async () => {
        void message.success(t('drafts.removed'));
        await refresh();
        navigate('/me');
      },
    }),
  );
  const error = detail.error ?? ask.error ?? answer.error ?? submit.error ?? remove.error;
  const d = detail.data;
  const step = d ? { id: d.id, version: d.version } : { id, version: 0 };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }} data-testid="deputy-draft">
      <Button onClick={() => navigate('/me')} style={{ alignSelf: 'flex-start' }}>
        {t('drafts.back')}
      </Button>
      {error && <ErrorAlert error={error} />}
      {d && (
        <>
          <Card size="small" title={d.title} extra={<Tag data-testid="deputy-draft-state">{t(`drafts.state.${d.state}`)}</Tag>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('submit.kind')}>{pick(SUGGESTION_KIND_LABELS[d.kind])}</Descriptions.Item>
              <Descriptions.Item label={t('submit.topic')}>{pick(SUGGESTION_TOPIC_LABELS[d.topic as SuggestionTopic] ?? { zh: d.topic, en: d.topic })}</Descriptions.Item>
              <Descriptions.Item label={t('drafts.author')}>{d.authorName}</Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{d.content}</Typography.Paragraph>
          </Card>
          <Card size="small" title={t('drafts.coSigners')}>
            {d.coSigners.length === 0 && <Typography.Text type="secondary">{t('drafts.none')}</Typography.Text>}
            <Flex vertical gap={4}>
              {d.coSigners.map((c) => (
                <Flex key={c.deputyId} justify="space-between" data-testid="deputy-draft-cosigner">
                  <span>{c.name}</span>
                  <Tag color={RESPONSE_COLORS[c.response]}>{t(`drafts.response.${c.response}`)}</Tag>
                </Flex>
              ))}
            </Flex>
          </Card>
          {d.submitRefusal && d.state === 'cosigning' && <Alert type="info" showIcon message={pick(d.submitRefusal)} />}
          {d.suggestionId && (
            <Link to={`/me/suggestions/${d.suggestionId}`}>
              <Button block size="large">
                {t('drafts.openSuggestion', { number: d.suggestionNumber })}
              </Button>
            </Link>
          )}
          {d.isAuthor && d.canEdit && (
            <Flex vertical gap={8}>
              {d.canAsk && (
                <Button type="primary" size="large" block loading={ask.isPending} onClick={() => ask.mutate(step)} data-testid="deputy-draft-ask">
                  {t('drafts.ask')}
                </Button>
              )}
              {d.canSubmit && (
                <Button type="primary" size="large" block loading={submit.isPending} onClick={() => submit.mutate(step)} data-testid="deputy-draft-submit">
                  {t('drafts.submit')}
                </Button>
              )}
              <Flex gap={8}>
                <Button size="large" block onClick={() => navigate(`/me/drafts/${d.id}/edit`)} data-testid="deputy-draft-edit-button">
                  {t('drafts.edit')}
                </Button>
                <Popconfirm title={t('drafts.removeConfirm')} onConfirm={() => remove.mutate(step)}>
                  <Button size="large" block danger>
                    {t('drafts.remove')}
                  </Button>
                </Popconfirm>
              </Flex>
            </Flex>
          )}
          {d.canAnswer && (
            <Flex gap={8}>
              <Button size="large" block danger={d.myAnswer !== 'declined'} disabled={d.myAnswer === 'declined'} loading={answer.isPending} onClick={() => answer.mutate({ ...step, answer: 'declined' })} data-testid="deputy-draft-decline">
                {t('drafts.decline')}
              </Button>
              <Button type="primary" size="large" block disabled={d.myAnswer === 'confirmed'} loading={answer.isPending} onClick={() => answer.mutate({ ...step, answer: 'confirmed' })} data-testid="deputy-draft-confirm">
                {t('drafts.confirm')}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Flex>
  );
}
