import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CongressMeetingKind } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { useCongressWording } from '../../../session/useCongressWording';
import { DNS } from '../../../i18n/deputies';

const STATE_COLORS = { met: 'green', on_track: 'blue', shortfall: 'red', at_risk: 'orange', not_applicable: 'default', not_configured: 'default' } as const;

/**
 * The year as a timeline: twelve months, one row per meeting kind the township holds (sessions
 * and presidium meetings; a sub-district's working-committee and joint deputy meetings), each
 * quarter marked met or short against the rule catalogue, and the shortfalls listed.
 */
export function RhythmCard({ year }: { year: number }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const { token } = theme.useToken();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const rhythm = useQuery(trpc.congressMeetings.rhythm.queryOptions({ year }));
  const rules = useQuery(trpc.rules.effective.queryOptions({}));
  if (rhythm.error) return <ErrorAlert error={rhythm.error} onRetry={() => void rhythm.refetch()} />;
  const data = rhythm.data;
  const rule = (key: string) => rules.data?.find((r) => r.key === key)?.value as number | undefined;
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const unassessed = ['not_applicable', 'not_configured'];
  const assessed = data ? !unassessed.includes(data.sessions.state) || data.quarters.some((q) => !unassessed.includes(q.state)) : false;
  const row = (kind: CongressMeetingKind) => (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 4 }}>
      {months.map((m) => {
        const inMonth = (data?.meetings ?? []).filter((x) => x.kind === kind && Number(x.startDate.slice(5, 7)) === m && x.status !== 'cancelled');
        return (
          <div key={m} style={{ minHeight: 34, borderRadius: 4, background: token.colorFillQuaternary, padding: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
            {inMonth.map((x) => (
              <Tooltip key={x.id} title={`${x.startDate} ${x.title}`}>
                <Link to={`/congress-meetings/${x.id}`}>
                  <div
                    data-testid={`rhythm-${kind}`}
                    style={{
                      fontSize: 11,
                      lineHeight: '16px',
                      padding: '0 3px',
                      borderRadius: 3,
                      whiteSpace: 'nowrap',
                      overflow: 'hidden',
                      textOverflow: 'ellipsis',
                      color: x.status === 'held' ? '#fff' : token.colorText,
                      background: x.status === 'held' ? (kind === wording.bodyMeetingKind ? token.colorSuccess : token.colorPrimary) : 'transparent',
                      border: `1px dashed ${kind === wording.bodyMeetingKind ? token.colorSuccess : token.colorPrimary}`,
                    }}
                  >
                    {t('meetings.day', { d: Number(x.startDate.slice(8)) })}
                  </div>
                </Link>
              </Tooltip>
            ))}
          </div>
        );
      })}
    </div>
  );
  return (
    <Card
      size="small"
      loading={rhythm.isPending}
      title={t('meetings.rhythmTitle', { year })}
      data-testid="meeting-rhythm"
      extra={
        data &&
        wording.hasSessions && (
          <Space>
            <span>{t('meetings.sessionsRow')}</span>
            <Tag color={STATE_COLORS[data.sessions.state]}>{t(`meetings.state.${data.sessions.state}`)}</Tag>
            <Typography.Text type="secondary">{t('meetings.sessionsCount', { held: data.sessions.held, required: data.sessions.required })}</Typography.Text>
          </Space>
        )
      }
    >
      {data && (
        <Flex vertical gap={6}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {wording.hasSessions
              ? t('meetings.rhythmRules', { sessions: rule('congress.sessions_per_year_min') ?? data.sessions.required, days: rule('congress.session_days_min') ?? 1, presidium: data.quarters[0]?.required ?? 1 })
              : data.quarters[0]?.required == null
                ? t('meetings.bodyRuleNotConfigured', { meeting: pick(wording.bodyMeeting) })
                : t('meetings.bodyRule', { meeting: pick(wording.bodyMeeting), n: data.quarters[0].required })}
          </Typography.Text>
          {/* On a phone the year scrolls sideways inside the card rather than widening the page. */}
          <div style={{ overflowX: 'auto' }}>
            <div style={{ display: 'grid', gridTemplateColumns: '88px 1fr', gap: 6, alignItems: 'center', minWidth: 680 }}>
              <span />
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 4 }}>
                {data.quarters.map((q) => (
                  <div key={q.quarter} style={{ textAlign: 'center', borderBottom: `2px solid ${token.colorBorder}` }}>
                    <Space size={4}>
                      <span>{t('meetings.quarter', { q: q.quarter })}</span>
                      <Tag color={STATE_COLORS[q.state]} style={{ marginInlineEnd: 0 }} data-testid={`rhythm-q${q.quarter}`}>
                        {t(`meetings.state.${q.state}`)}
                      </Tag>
                    </Space>
                  </div>
                ))}
              </div>
              <span />
              <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gap: 4, fontSize: 11, color: token.colorTextSecondary, textAlign: 'center' }}>
                {months.map((m) => (
                  <span key={m}>{t('meetings.month', { m })}</span>
                ))}
              </div>
              {wording.meetingKinds.map((kind) => [
                <strong key={`${kind}-label`} style={{ fontSize: 13 }}>
                  {pick(wording.meetingKindLabels[kind])}
                </strong>,
                <div key={kind}>{row(kind)}</div>,
              ])}
            </div>
          </div>
          {data.presidium.warning && (
            // presidium.size_range: serving presidium members against the range in force today.
            <Alert type="warning" showIcon title={pick(data.presidium.warning)} data-testid="presidium-size-warning" />
          )}
          {data.flags.length ? (
            <Alert type="warning" showIcon title={data.flags.map((f) => pick(f)).join('；')} data-testid="rhythm-flags" />
          ) : assessed ? (
            <Alert type="success" showIcon title={t('meetings.noFlags')} />
          ) : (
            // Nothing to check against (a sub-district with no minimum configured): say so, not "kept".
            <Alert type="info" showIcon title={t('meetings.notAssessed')} data-testid="rhythm-not-assessed" />
          )}
        </Flex>
      )}
    </Card>
  );
}
