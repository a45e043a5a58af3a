import { useState } from 'react';
import { App, Button, Card, Form, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DayPicker, ErrorAlert, useCountyToday } from '@pcs/ui';
import { EVALUATION_NS } from '../i18n/evaluation';
import type { SetupGroup } from './api';
import { useFailure } from './useFailure';

/** Where an evaluation can be set up: a campaign (the township's screen) or an appraised township of one (the county's). */
export interface EvaluationOffer {
  key: string;
  label: string;
  grades: string[];
  groups: SetupGroup[];
}

export interface EvaluationSetupInput {
  heldOn: string;
  gradePoints: number[];
  groups: Array<{ groupId: string; size: number }>;
}

interface SetupProps {
  offers: EvaluationOffer[] | undefined;
  error?: unknown;
  /** What an offer is: the appraisal, or the appraised township. */
  offerLabel: string;
  offerPlaceholder: string;
  noneText: string;
  create: (offer: EvaluationOffer, input: EvaluationSetupInput) => Promise<unknown>;
}

/** Setting up a democratic evaluation: the day, each group's size here (within its rule), points per grade. */
export function EvaluationSetup({ offers, error, offerLabel, offerPlaceholder, noneText, create }: SetupProps) {
  const { t } = useTranslation(EVALUATION_NS);
  const { message } = App.useApp();
  const failed = useFailure();
  const today = useCountyToday();
  const [key, setKey] = useState<string>();
  const [heldOn, setHeldOn] = useState<string | null>(today);
  const [sizes, setSizes] = useState<Record<string, number | null>>({});
  const [points, setPoints] = useState<Record<number, number | null>>({});
  const [busy, setBusy] = useState(false);
  const offer = offers?.find((o) => o.key === key);
  const sizeOf = (g: SetupGroup) => sizes[g.id] ?? g.defaultSize ?? null;
  // Every group needs its size here: a group without a rule range has no default to fall back on.
  const missingSize = offer?.groups.some((g) => sizeOf(g) === null) ?? true;
  const submit = async () => {
    if (!offer || !heldOn || missingSize) return;
    const gradePoints = offer.grades.map((_, i) => points[i]);
    setBusy(true);
    try {
      await create(offer, {
        heldOn,
        gradePoints: gradePoints.every((p) => typeof p === 'number') ? (gradePoints as number[]) : [],
        groups: offer.groups.map((g) => ({ groupId: g.id, size: sizeOf(g)! })),
      });
      void message.success(t('setup.created'));
      setKey(undefined);
      setSizes({});
      setPoints({});
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={t('setup.title')} style={{ marginBottom: 16 }} data-testid="ballot-setup">
      {error ? <ErrorAlert error={error} /> : null}
      {offers && offers.length === 0 ? (
        <Typography.Text type="secondary">{noneText}</Typography.Text>
      ) : (
        <Form layout="vertical">
          <Space wrap align="start">
            <Form.Item label={offerLabel}>
              <Select style={{ width: 320, maxWidth: '100%' }} placeholder={offerPlaceholder} value={key} onChange={setKey} options={(offers ?? []).map((o) => ({ value: o.key, label: o.label }))} data-testid="ballot-campaign" />
            </Form.Item>
            <Form.Item label={t('setup.heldOn')}>
              <DayPicker value={heldOn} onChange={setHeldOn} allowClear={false} />
            </Form.Item>
          </Space>
          {offer && (
            <>
              <Form.Item label={t('setup.groups')}>
                <Space wrap>
                  {offer.groups.map((g) => (
                    <Space key={g.id} orientation="vertical" size={0}>
                      <Typography.Text>
                        {g.name} <Typography.Text type="secondary">{t('setup.weight', { weight: g.weight })}</Typography.Text>
                      </Typography.Text>
                      <InputNumber min={1} max={1000} value={sizeOf(g)} onChange={(v) => setSizes({ ...sizes, [g.id]: v })} status={sizeOf(g) === null ? 'warning' : undefined} aria-label={g.name} data-testid={`ballot-size-${g.kind}`} />
                      {g.range && <Typography.Text type="secondary">{t('setup.range', g.range)}</Typography.Text>}
                    </Space>
                  ))}
                </Space>
              </Form.Item>
              <Form.Item label={t('setup.gradePoints')}>
                <Space wrap>
                  {offer.grades.map((grade, i) => (
                    <InputNumber key={grade} addonBefore={grade} min={0} max={1000} value={points[i]} onChange={(v) => setPoints({ ...points, [i]: v })} style={{ width: 150 }} data-testid={`ballot-points-${i}`} />
                  ))}
                </Space>
              </Form.Item>
              <Space>
                <Button type="primary" onClick={() => void submit()} loading={busy} disabled={missingSize} data-testid="ballot-create">
                  {t('setup.create')}
                </Button>
                {missingSize ? <Typography.Text type="warning">{t('setup.sizeMissing')}</Typography.Text> : null}
              </Space>
            </>
          )}
        </Form>
      )}
    </Card>
  );
}
