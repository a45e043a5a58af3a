import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@pcs/ui';
import { ballotKeys, useBallotsApi, type BallotScope } from './api';
import { EVALUATION_NS } from '../i18n/evaluation';

const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;

/** The tally of a whole evaluation: per group (hidden below the threshold) and combined. */
export function TallyDrawer({ scope, evaluationId, subtitle, onClose }: { scope: BallotScope; evaluationId: string | null; subtitle?: string; onClose: () => void }) {
  const { t } = useTranslation(EVALUATION_NS);
  const api = useBallotsApi(scope);
  const tally = useQuery({ queryKey: ballotKeys.of(scope, 'tally', evaluationId), queryFn: () => api.tally.query({ evaluationId: evaluationId! }), enabled: evaluationId !== null });
  const data = tally.data;
  const subjectName = (id: string) => data?.evaluation.subjects.find((s) => s.id === id)?.name ?? id;
  const itemName = (id: string | null) => (id === null ? null : (data?.evaluation.items.find((i) => i.id === id)?.name ?? id));
  const groupName = (id: string) => data?.groups.find((g) => g.groupId === id)?.name ?? id;
  return (
    <Drawer open={evaluationId !== null} onClose={onClose} size={720} title={data ? t('tally.title', { title: subtitle ? `${data.evaluation.title} · ${subtitle}` : data.evaluation.title }) : t('tally.button')} data-testid="tally-drawer">
      {tally.error && <ErrorAlert error={tally.error} />}
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="info" showIcon title={t('tally.threshold', { min: data.minBallots })} />
          {data.results.length === 0 && <Empty />}
          {data.results.map((r) => (
            <Card
              key={`${r.subjectId}-${r.itemId ?? ''}`}
              size="small"
              title={itemName(r.itemId) ? `${subjectName(r.subjectId)} · ${itemName(r.itemId)}` : subjectName(r.subjectId)}
              extra={
                <Space>
                  {r.score === null ? <Typography.Text type="secondary">{t('tally.noScore')}</Typography.Text> : <Tag color="blue" data-testid="tally-score">{`${t('tally.score')} ${r.score.toFixed(2)}`}</Tag>}
                  {r.override && <Tag color="red">{t('tally.override')}</Tag>}
                </Space>
              }
              data-testid="tally-subject"
            >
              <Descriptions size="small" column={1} bordered>
                {r.groups.map((g) => (
                  <Descriptions.Item key={g.groupId} label={`${groupName(g.groupId)}（${g.cast}）`}>
                    {!g.shown || !g.count ? (
                      <Typography.Text type="secondary" data-testid="tally-hidden">
                        {t('tally.hidden', { min: data.minBallots })}
                      </Typography.Text>
                    ) : (
                      <span data-testid="tally-shown">
                        {[
                          ...data.grades.map((grade, i) => `${grade} ${g.count!.grades[i]}${g.shares ? `（${pct(g.shares[i]!)}）` : ''}`),
                          t('tally.valid', { valid: g.count.valid }),
                          t('tally.abstain', { n: g.count.abstain }),
                          t('tally.unknown', { n: g.count.unknown }),
                          ...(g.score !== null ? [t('tally.groupScore', { score: g.score.toFixed(2) })] : []),
                        ].join(' · ')}
                      </span>
                    )}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          ))}
        </Space>
      )}
    </Drawer>
  );
}
