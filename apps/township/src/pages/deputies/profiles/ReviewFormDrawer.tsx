import { useMutation } from '@tanstack/react-query';
import { Col, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DUTY_REVIEW_FORM_LABELS, DUTY_REVIEW_FORMS, DUTY_REVIEW_VENUE_LABELS, DUTY_REVIEW_VENUES, dutyReviewCreateSchema } from '@pcs/domain';
import { FormField, useLanguage, DayPicker, countyToday, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';

import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';

type Input = z.input<typeof dutyReviewCreateSchema>;
type Output = z.output<typeof dutyReviewCreateSchema>;
export interface ReviewValue extends Output {
  id: string;
  version: number;
}

/** A deputy's annual duty report (述职) and the satisfaction vote on it. */
export function ReviewFormDrawer({ open, review, deputyId, year, onClose, onSaved }: { open: boolean; review?: ReviewValue | null; deputyId?: string; year: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.dutyReviews.create.mutationOptions());
  const update = useMutation(trpc.dutyReviews.update.mutationOptions());
  const { control, drawer } = useDrawerForm({ schema: dutyReviewCreateSchema, open, record: review, create: create.mutateAsync, update: update.mutateAsync, values: review
        ? { deputyId: review.deputyId, year: review.year, date: review.date, form: review.form, venue: review.venue, votesSatisfied: review.votesSatisfied, votesBasicallySatisfied: review.votesBasicallySatisfied, votesUnsatisfied: review.votesUnsatisfied, note: review.note ?? '' }
        : { deputyId: deputyId ?? '', year, date: countyToday().startsWith(String(year)) ? countyToday() : `${year}-12-20`, form: 'oral', venue: 'voters_meeting', votesSatisfied: 0, votesBasicallySatisfied: 0, votesUnsatisfied: 0, note: '' }, onSaved });
  const third = { xs: 24, sm: 8 };
  return (
    <FormDrawer open={open} title={t(review ? 'profiles.editReview' : 'profiles.addReview')} onClose={onClose} {...drawer} testId="review-form">
      <FormField control={control} name="deputyId" label={t('common.deputy')} required render={(field) => <DeputySelect {...field} />} />
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <FormField control={control} name="year" label={t('common.year')} required render={(field) => <InputNumber {...field} min={1990} max={2100} precision={0} style={{ width: '100%' }} />} />
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="date" label={t('profiles.columns.date')} required render={(field) => <DayPicker {...field} maxDay={countyToday()} allowClear={false} />} />
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="form" label={t('profiles.columns.form')} required render={(field) => <Select {...field} options={labelOptions(DUTY_REVIEW_FORMS, DUTY_REVIEW_FORM_LABELS, pick)} />} />
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="venue" label={t('profiles.columns.venue')} required render={(field) => <Select {...field} options={labelOptions(DUTY_REVIEW_VENUES, DUTY_REVIEW_VENUE_LABELS, pick)} />} />
        </Col>
        {(['votesSatisfied', 'votesBasicallySatisfied', 'votesUnsatisfied'] as const).map((name) => (
          <Col key={name} {...third}>
            <FormField control={control} name={name} label={t(`profiles.vote.${name}`)} required render={(field) => <InputNumber {...field} min={0} precision={0} style={{ width: '100%' }} />} />
          </Col>
        ))}
      </Row>
      <FormField control={control} name="note" label={t('profiles.columns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={3} maxLength={1000} />} />
    </FormDrawer>
  );
}
