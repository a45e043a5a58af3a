import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Radio, Result, Spin, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch, useFormatInstant, useLanguage } from '@pcs/ui';
import { PUBLIC_REPORT_NS } from '../../../i18n/public-report';
import { publicCall, type Bilingual } from './publicApi';

interface Status {
  number: string;
  category: Bilingual;
  place: string;
  status: string;
  statusLabel: Bilingual;
  reportedAt: string;
  feedback: string | null;
  steps: Array<{ label: Bilingual; at: string }>;
  followUpOpen: boolean;
  followUp: { resolved: boolean; satisfaction: string } | null;
}
const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;

/** Where the public's report stands, by its tracking code (never who handles it), and the one follow-up once closed. */
export function PublicTrackingPage({ code, tracking }: { code: string; tracking: string }) {
  const { t } = useTranslation(PUBLIC_REPORT_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const [status, setStatus] = useState<Status | null>(null);
  const [missing, setMissing] = useState(false);
  const [resolved, setResolved] = useState<boolean | null>(null);
  const [satisfaction, setSatisfaction] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = `${encodeURIComponent(code)}/grid-events/${encodeURIComponent(tracking)}`;
  const load = () => void publicCall<Status>(path).then((r) => (r.ok ? setStatus(r.value) : setMissing(true)));
  useEffect(load, [path]);

  const send = async () => {
    const r = await publicCall(`${path}/follow-up`, { resolved, satisfaction });
    if (r.ok) load();
    else setError(r.refusal.messages ? pick(r.refusal.messages) : t('failed'));
  };

  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 16 }} data-testid="public-tracking">
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={3} style={{ fontSize: 20, margin: 0 }}>
          {t('trackTitle')}
        </Typography.Title>
        <LanguageSwitch />
      </div>
      {missing && <Result status="404" title={t('trackNotFound')} />}
      {!status && !missing && <Spin style={{ display: 'block', marginTop: 32 }} />}
      {status && (
        <Card style={{ marginTop: 12 }}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('trackCode')}>{tracking}</Descriptions.Item>
            <Descriptions.Item label={t('status')}>
              <Typography.Text strong data-testid="tracking-status">
                {pick(status.statusLabel)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('category')}>{pick(status.category)}</Descriptions.Item>
            <Descriptions.Item label={t('place')}>{status.place}</Descriptions.Item>
            <Descriptions.Item label={t('reportedAt')}>{formatInstant(status.reportedAt)}</Descriptions.Item>
            {status.feedback ? <Descriptions.Item label={t('feedback')}>{status.feedback}</Descriptions.Item> : null}
          </Descriptions>
          <Steps direction="vertical" size="small" style={{ marginTop: 16 }} current={status.steps.length - 1} items={status.steps.map((s) => ({ title: pick(s.label), description: formatInstant(s.at) }))} />
          {status.followUp && (
            <Alert
              type="success"
              showIcon
              title={t('followUp.given', { resolved: status.followUp.resolved ? t('followUp.resolved') : t('followUp.notResolved'), satisfaction: t(`followUp.${status.followUp.satisfaction}`) })}
              data-testid="follow-up-given"
            />
          )}
          {status.followUpOpen && (
            <div data-testid="follow-up" style={{ marginTop: 12 }}>
              <Typography.Text strong>{t('followUp.title')}</Typography.Text>
              <Radio.Group style={{ display: 'flex', gap: 8, margin: '8px 0' }} value={resolved} onChange={(e) => setResolved(e.target.value as boolean)}>
                <Radio.Button value={true}>{t('followUp.resolved')}</Radio.Button>
                <Radio.Button value={false}>{t('followUp.notResolved')}</Radio.Button>
              </Radio.Group>
              <Radio.Group style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 8 }} value={satisfaction} onChange={(e) => setSatisfaction(e.target.value as string)}>
                {SATISFACTIONS.map((s) => (
                  <Radio.Button key={s} value={s}>
                    {t(`followUp.${s}`)}
                  </Radio.Button>
                ))}
              </Radio.Group>
              {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
              <Button type="primary" block disabled={resolved === null || satisfaction === null} onClick={() => void send()} data-testid="follow-up-send">
                {t('followUp.send')}
              </Button>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
