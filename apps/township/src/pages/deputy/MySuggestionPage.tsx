import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Radio, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { RESOLUTION_LABELS, SATISFACTION_LABELS, SATISFACTIONS, SUGGESTION_ACTION_LABELS, SUGGESTION_STATE_LABELS, type Satisfaction, type SuggestionAction } from '@pcs/domain';
import { ErrorAlert, useFormatInstant, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

/** One of the deputy's suggestions: where it stands, the reply, the timeline, and their own evaluation. */
export default function MySuggestionPage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.deputyWorkspace.suggestions.get.queryOptions({ id }));
  const evaluate = useMutation(
    trpc.deputyWorkspace.suggestions.evaluate.mutationOptions({
      onSuccess: async () => {
        void message.success(t('detail.sent'));
        await queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.pathKey() });
      },
    }),
  );
  const [form] = Form.useForm<{ rating: Satisfaction; comment?: string }>();
  const rating = Form.useWatch('rating', form);
  const s = detail.data;
  const actionLabel = (action: string) => (action in SUGGESTION_ACTION_LABELS ? pick(SUGGESTION_ACTION_LABELS[action as SuggestionAction]) : action === 'submit' ? t('submit.submit') : action);

  return (
    <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }} data-testid="deputy-suggestion-detail">
      <Button onClick={() => navigate('/me')} style={{ alignSelf: 'flex-start' }}>
        {t('detail.back')}
      </Button>
      {detail.error && <ErrorAlert error={detail.error} />}
      {s && (
        <>
          <Card size="small" title={s.title}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('detail.number')}>{s.number}</Descriptions.Item>
              <Descriptions.Item label={t('detail.state')}>
                <Tag data-testid="deputy-suggestion-state">{pick(SUGGESTION_STATE_LABELS[s.state])}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.signers')}>{s.signers.map((x) => x.deputyName).join('、')}</Descriptions.Item>
              {s.leadUnitName && <Descriptions.Item label={t('detail.units')}>{[s.leadUnitName, ...s.coUnitNames].join('、')}</Descriptions.Item>}
              {s.dueOn && <Descriptions.Item label={t('detail.due')}>{s.dueOn}</Descriptions.Item>}
              {s.satisfaction && s.state !== 'replied' && (
                <Descriptions.Item label={t('detail.result')}>
                  <span data-testid="deputy-suggestion-result">{pick(SATISFACTION_LABELS[s.satisfaction])}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>{s.content}</Typography.Paragraph>
          </Card>
          {s.replyContent && (
            <Card size="small" title={t('detail.reply')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="deputy-suggestion-reply">
                {s.replyContent}
              </Typography.Paragraph>
              {s.resolution && (
                <Typography.Text type="secondary">
                  {t('detail.resolution')}：{pick(RESOLUTION_LABELS[s.resolution])}
                  {s.resolutionNote ? `（${s.resolutionNote}）` : ''}
                </Typography.Text>
              )}
            </Card>
          )}
          {s.myEvaluations.length > 0 && (
            <Card size="small" title={t('detail.myEvaluation')}>
              {s.myEvaluations.map((e) => (
                <div key={`${e.round}`}>
                  {t('detail.round', { round: e.round + 1 })}：<Tag>{pick(SATISFACTION_LABELS[e.rating])}</Tag>
                  {e.comment}
                  {e.enteredByOffice && <Typography.Text type="secondary">（{t('detail.byOffice')}）</Typography.Text>}
                </div>
              ))}
            </Card>
          )}
          {s.state === 'replied' && s.signerCount > 1 && <Alert type="info" showIcon message={t('detail.evaluationsSoFar', { count: s.evaluationsThisRound, total: s.signerCount })} />}
          {s.actions.includes('evaluate') && (
            <Card size="small" title={t('detail.evaluate')} data-testid="deputy-evaluate">
              {evaluate.error && <ErrorAlert error={evaluate.error} />}
              <Form form={form} layout="vertical" onFinish={(values) => evaluate.mutate({ id: s.id, version: s.version, rating: values.rating, comment: values.comment })}>
                <Form.Item name="rating" label={t('detail.rating')} rules={[{ required: true }]}>
                  <Radio.Group optionType="button" buttonStyle="solid" size="large" options={SATISFACTIONS.map((r) => ({ value: r, label: pick(SATISFACTION_LABELS[r]) }))} data-testid="deputy-evaluate-rating" />
                </Form.Item>
                <Form.Item name="comment" label={t('detail.reason')} extra={t('detail.reasonHint')} rules={[{ required: rating === 'unsatisfied', max: 1000 }]}>
                  <Input.TextArea rows={3} data-testid="deputy-evaluate-comment" />
                </Form.Item>
                <Button type="primary" htmlType="submit" size="large" block loading={evaluate.isPending} data-testid="deputy-evaluate-send">
                  {t('detail.send')}
                </Button>
              </Form>
            </Card>
          )}
          <Card size="small" title={t('detail.timeline')}>
            <Timeline
              data-testid="deputy-suggestion-timeline"
              items={s.timeline.map((step) => {
                const data = step.data as { deputyName?: string; rating?: Satisfaction; enteredByOffice?: boolean };
                const other = step.action === 'evaluate' && !data.rating;
                return {
                  key: step.id,
                  children: (
                    <>
                      <Typography.Text strong>{other ? t('detail.otherEvaluated', { name: data.deputyName ?? '' }) : actionLabel(step.action)}</Typography.Text>
                      {!other && data.rating && <Tag style={{ marginInlineStart: 8 }}>{pick(SATISFACTION_LABELS[data.rating])}</Tag>}
                      {data.enteredByOffice && <Tag color="default">{t('detail.byOffice')}</Tag>}
                      <div>
                        <Typography.Text type="secondary">
                          {formatInstant(step.at)} {step.actorName}
                        </Typography.Text>
                      </div>
                    </>
                  ),
                };
              })}
            />
          </Card>
        </>
      )}
    </Flex>
  );
}
