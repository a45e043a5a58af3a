import { useState } from 'react';
import { Button, Card, Popconfirm, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BallotContent } from '@pcs/domain';
import { VOTE_NS } from '../i18n/vote';

export interface BallotFormShape {
  grades: string[];
  subjects: Array<{ id: string; name: string }>;
  items: Array<{ id: string; name: string }>;
}
type Choice = string;

const ABSTAIN = '\u0000abstain';
const UNKNOWN = '\u0000unknown';
const answerOf = (choice: Choice) => (choice === ABSTAIN ? { mark: 'abstain' as const } : choice === UNKNOWN ? { mark: 'unknown' as const } : { mark: 'grade' as const, grade: choice });

/**
 * The ballot's questions (every subject, then its items): a grade, "abstain" or "do not know"
 * each, and one confirmed submit. The public page (with a code) and a signed-in member's page (a
 * township's or a county department's) all use it, so a ballot looks and reads the same either way.
 */
export function BallotAnswersForm({ form, busy, onSubmit }: { form: BallotFormShape; busy: boolean; onSubmit: (answers: BallotContent) => void }) {
  const { t } = useTranslation(VOTE_NS);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const key = (subjectId: string, itemId: string | null) => `${subjectId}/${itemId ?? ''}`;
  const complete = form.subjects.every((s) => choices[key(s.id, null)] && form.items.every((i) => choices[key(s.id, i.id)]));
  const submit = () =>
    onSubmit(form.subjects.map((s) => ({ subjectId: s.id, answer: answerOf(choices[key(s.id, null)]!), items: form.items.map((i) => ({ itemId: i.id, answer: answerOf(choices[key(s.id, i.id)]!) })) })));

  const question = (subjectId: string, itemId: string | null, label: string) => (
    <div key={key(subjectId, itemId)} style={{ marginBottom: 12 }}>
      <Typography.Text strong={itemId === null}>{label}</Typography.Text>
      <Radio.Group
        style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 6 }}
        value={choices[key(subjectId, itemId)]}
        onChange={(e) => setChoices({ ...choices, [key(subjectId, itemId)]: e.target.value as Choice })}
        data-testid={`question-${itemId ?? 'overall'}`}
      >
        {form.grades.map((grade) => (
          <Radio.Button key={grade} value={grade}>
            {grade}
          </Radio.Button>
        ))}
        <Radio.Button value={ABSTAIN}>{t('form.abstain')}</Radio.Button>
        <Radio.Button value={UNKNOWN}>{t('form.unknown')}</Radio.Button>
      </Radio.Group>
    </div>
  );

  return (
    <Card size="small">
      {form.subjects.map((s) => (
        <div key={s.id} style={{ marginBottom: 8 }}>
          {question(s.id, null, s.name)}
          {form.items.map((i) => question(s.id, i.id, `${s.name} · ${i.name}`))}
        </div>
      ))}
      {!complete && <Typography.Paragraph type="secondary">{t('form.choose')}</Typography.Paragraph>}
      <Popconfirm title={t('form.confirmSubmit')} onConfirm={submit}>
        <Button block size="large" type="primary" disabled={!complete} loading={busy} data-testid="ballot-submit">
          {t('form.submit')}
        </Button>
      </Popconfirm>
    </Card>
  );
}
