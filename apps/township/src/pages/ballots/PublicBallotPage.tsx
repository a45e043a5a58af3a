import { useEffect, useState } from 'react';
import { Alert, Button, Card, Input, Result, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotContent } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { API_URL } from '../../config';
import { BALLOTS_NS } from '../../i18n/ballots';
import { BallotAnswersForm, type BallotFormShape } from '@pcs/work-ui/voting/form';

const API_BASE = API_URL.replace(/\/trpc\/?$/, '');

interface Summary {
  township: string;
  title: string;
  heldOn: string;
  status: 'open' | 'closed';
}
type Form = Summary & BallotFormShape;
type Refusal = { messages?: { zh: string; en: string } };

async function call<T>(path: string, body?: unknown): Promise<{ ok: true; value: T } | { ok: false; status: number; refusal: Refusal }> {
  const res = await fetch(`${API_BASE}/ballot/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => ({}))) as { error?: { data?: Refusal } } & T;
  return res.ok ? { ok: true, value: json } : { ok: false, status: res.status, refusal: json.error?.data ?? {} };
}

/**
 * The public ballot page, phone-sized and without sign-in: the code opens the form, every
 * question is answered with a grade, "abstain" or "do not know", and the ballot is cast once.
 */
/**
 * `home`: the township's id, or `county/<countyId>` for a county department's evaluation in the
 * county home (decision 79); the API answers both paths alike.
 */
export function PublicBallotPage({ home, evaluationId }: { home: string; evaluationId: string }) {
  const { t } = useTranslation(BALLOTS_NS);
  const { pick } = useLanguage();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [missing, setMissing] = useState(false);
  const [code, setCode] = useState('');
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    void call<Summary>(`${home}/${evaluationId}`).then((r) => (r.ok ? setSummary(r.value) : setMissing(true)));
  }, [home, evaluationId]);

  const refused = (r: { refusal: Refusal }) => setError(r.refusal.messages ? pick(r.refusal.messages) : t('failed'));
  const open = async () => {
    setBusy(true);
    setError(null);
    const r = await call<Form>(`${home}/${evaluationId}/open`, { code });
    setBusy(false);
    if (r.ok) setForm(r.value);
    else refused(r);
  };
  const submit = async (answers: BallotContent) => {
    setBusy(true);
    setError(null);
    const r = await call<{ cast: boolean }>(`${home}/${evaluationId}/cast`, { code, answers });
    setBusy(false);
    if (r.ok) setDone(true);
    else refused(r);
  };

  return (
    <div style={{ maxWidth: 480, margin: '0 auto', padding: 16 }} data-testid="public-ballot">
      <Typography.Title level={3} style={{ fontSize: 20 }}>
        {t('ballot.title')}
      </Typography.Title>
      {missing && <Result status="404" title={t('ballot.notFound')} />}
      {summary && (
        <Typography.Paragraph type="secondary">
          {summary.township} · {summary.title} · {summary.heldOn}
        </Typography.Paragraph>
      )}
      {summary?.status === 'closed' && !done && <Alert type="warning" showIcon title={t('ballot.closed')} />}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="ballot-error" />}
      {done ? (
        <Result status="success" title={t('ballot.thanks')} data-testid="ballot-thanks" />
      ) : (
        summary?.status === 'open' &&
        (!form ? (
          <Card size="small">
            <Typography.Paragraph>{t('ballot.intro')}</Typography.Paragraph>
            <Space.Compact style={{ width: '100%' }}>
              <Input size="large" value={code} onChange={(e) => setCode(e.target.value)} placeholder={t('ballot.codePlaceholder')} aria-label={t('ballot.codeLabel')} autoComplete="off" data-testid="ballot-code-input" />
              <Button size="large" type="primary" loading={busy} disabled={code.trim().length === 0} onClick={() => void open()} data-testid="ballot-open">
                {t('ballot.open')}
              </Button>
            </Space.Compact>
          </Card>
        ) : (
          <BallotAnswersForm form={form} busy={busy} onSubmit={(answers) => void submit(answers)} />
        ))
      )}
    </div>
  );
}
