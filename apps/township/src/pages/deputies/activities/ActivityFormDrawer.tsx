import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUTY_ACTIVITY_TYPE_LABELS, DUTY_ACTIVITY_TYPES, dutyActivityCreateSchema, type DutyActivityCreateInput } from '@pcs/domain';
import { FormField, useLanguage, DayPicker, countyToday, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';

import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { DutyActivityDetail } from '../common/types';

const empty = (): DutyActivityCreateInput => ({ type: 'inspection', title: '', date: countyToday(), endDate: null, place: '', groupId: null, organiser: '', staffParticipants: '', summary: '', participantIds: [] });

/** Record or edit an activity of the duty ledger, with the deputies who took part. */
export function ActivityFormDrawer({ open, activity, onClose, onSaved }: { open: boolean; activity?: DutyActivityDetail; onClose: () => void; onSaved: (a: { id: string }) => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.dutyActivities.create.mutationOptions());
  const update = useMutation(trpc.dutyActivities.update.mutationOptions());
  const groups = useQuery(trpc.deputyGroups.options.queryOptions());
  const deputies = useQuery(trpc.deputies.options.queryOptions({ servingOnly: true }));
  const { control, drawer, form } = useDrawerForm({
    schema: dutyActivityCreateSchema,
    open,
    record: activity,
    values: activity
        ? {
            type: activity.type,
            title: activity.title,
            date: activity.date,
            endDate: activity.endDate,
            place: activity.place ?? '',
            groupId: activity.groupId,
            organiser: activity.organiser ?? '',
            staffParticipants: activity.staffParticipants ?? '',
            summary: activity.summary ?? '',
            participantIds: activity.participants.map((p) => p.id),
          }
        : empty(),
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
  });
  const { watch, setValue, getValues } = form;
  const groupId = watch('groupId');
  const half = { xs: 24, sm: 12 };
  return (
    <FormDrawer open={open} title={t(activity ? 'activities.editTitle' : 'activities.createTitle')} onClose={onClose} {...drawer} testId="activity-form" width={680}>
      <Row gutter={16}>
        <Col {...half}>
          <FormField control={control} name="type" label={t('activities.columns.type')} required render={(field) => <Select {...field} options={labelOptions(DUTY_ACTIVITY_TYPES, DUTY_ACTIVITY_TYPE_LABELS, pick)} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="groupId" label={t('activities.columns.group')} render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} placeholder={t('activities.groupHint')} options={(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="title" label={t('activities.columns.title')} required render={(field) => <Input {...field} maxLength={100} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="date" label={t('activities.columns.date')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="endDate" label={t('activities.columns.endDate')} render={(field) => <DayPicker {...field} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="place" label={t('activities.columns.place')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="organiser" label={t('activities.columns.organiser')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={50} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="participantIds" label={t('activities.columns.participants')} render={(field) => <DeputySelect {...field} multiple testId="activity-participants" />} />
          {groupId && (
            <Button
              size="small"
              style={{ marginTop: -16, marginBottom: 16 }}
              onClick={() => {
                const members = (deputies.data ?? []).filter((d) => d.groupId === groupId).map((d) => d.id);
                setValue('participantIds', [...new Set([...(getValues('participantIds') ?? []), ...members])], { shouldDirty: true });
              }}
            >
              {t('activities.addGroupMembers')}
            </Button>
          )}
        </Col>
        <Col span={24}>
          <FormField control={control} name="staffParticipants" label={t('activities.columns.staff')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={200} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="summary" label={t('activities.columns.summary')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={5} maxLength={5000} />} />
        </Col>
      </Row>
    </FormDrawer>
  );
}
