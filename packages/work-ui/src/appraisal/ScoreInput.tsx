import { useState } from 'react';
import { Button, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ItemInput, ItemRule } from '@pcs/domain';
import { APPRAISAL_NS } from '../i18n/appraisal';

/** The entry an item's rule asks for: points, occurrences, met or not, a choice, a value, a rank, units. */
export function ScoreInput({ rule, max, value, onSave, busy, testId }: { rule: ItemRule; max: number; value: ItemInput | null; onSave: (input: ItemInput) => void; busy: boolean; testId?: string }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const [draft, setDraft] = useState<ItemInput | null>(value);
  const set = (input: ItemInput) => setDraft(input);
  let field;
  switch (rule.kind) {
    case 'points':
      field = <InputNumber size="small" min={0} step={0.5} placeholder={`≤ ${max}`} value={draft?.kind === 'points' ? draft.points : null} onChange={(v) => v !== null && set({ kind: 'points', points: Number(v) })} data-testid={testId} />;
      break;
    case 'deduction':
      field = <InputNumber size="small" min={0} precision={0} addonAfter={t('sheet.occurrences')} value={draft?.kind === 'deduction' ? draft.occurrences : null} onChange={(v) => v !== null && set({ kind: 'deduction', occurrences: Number(v) })} data-testid={testId} />;
      break;
    case 'pass_fail':
      field = <Select size="small" style={{ width: 100 }} value={draft?.kind === 'pass_fail' ? String(draft.passed) : undefined} options={[{ value: 'true', label: t('sheet.passed') }, { value: 'false', label: t('sheet.failed') }]} onChange={(v: string) => set({ kind: 'pass_fail', passed: v === 'true' })} data-testid={testId} />;
      break;
    case 'graded':
      field = <Select size="small" style={{ width: 120 }} value={draft?.kind === 'graded' ? draft.option : undefined} options={rule.options.map((o) => ({ value: o.key, label: `${o.label}（${o.points}）` }))} onChange={(option: string) => set({ kind: 'graded', option })} data-testid={testId} />;
      break;
    case 'linear':
      field = <InputNumber size="small" addonAfter={t('sheet.value')} value={draft?.kind === 'linear' ? draft.value : null} onChange={(v) => v !== null && set({ kind: 'linear', value: Number(v) })} data-testid={testId} />;
      break;
    case 'rank':
      field = <InputNumber size="small" min={1} precision={0} addonAfter={t('sheet.rank')} value={draft?.kind === 'rank' ? draft.rank : null} onChange={(v) => v !== null && set({ kind: 'rank', rank: Number(v) })} data-testid={testId} />;
      break;
    case 'bonus':
      field = <InputNumber size="small" min={0} addonAfter={t('sheet.units')} value={draft?.kind === 'bonus' ? draft.units : null} onChange={(v) => v !== null && set({ kind: 'bonus', units: Number(v) })} data-testid={testId} />;
      break;
  }
  return (
    <Space size={4}>
      {field}
      <Button size="small" type="primary" loading={busy} disabled={!draft} onClick={() => draft && onSave(draft)} data-testid={testId ? `${testId}-save` : undefined}>
        {t('sheet.open')}
      </Button>
    </Space>
  );
}
