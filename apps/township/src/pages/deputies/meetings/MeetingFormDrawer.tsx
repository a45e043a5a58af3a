import { useMutation } from '@tanstack/react-query';
import { Button, Card, Checkbox, Col, Input, InputNumber, Row, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  CONGRESS_MEETING_STATUS_LABELS,
  CONGRESS_MEETING_STATUSES,
  CONGRESS_SESSION_TYPE_LABELS,
  CONGRESS_SESSION_TYPES,
  congressMeetingCreateSchema,
  MEETING_AGENDA_KIND_LABELS,
  MEETING_AGENDA_KINDS,
  MEETING_OUTCOME_KIND_LABELS,
  MEETING_OUTCOME_KINDS,
  type CongressMeetingCreateInput,
} from '@pcs/domain';
import { countyToday, FormField, useLanguage, DayPicker, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { labelOptions } from '../common/labels';
import { useCongressWording } from '../../../session/useCongressWording';
import { DNS } from '../../../i18n/deputies';
import type { CongressMeetingDetail } from '../common/types';

const today = () => countyToday();
const EMPTY: Omit<CongressMeetingCreateInput, 'kind'> = { sessionType: null, termNo: 18, number: 1, title: '', startDate: today(), endDate: today(), place: '', status: 'planned', minutes: '', agenda: [], outcomes: [], prefillAttendance: true };

/** A meeting of a kind the township holds, with its agenda and outcomes; attendance is registered on the detail page. */
export function MeetingFormDrawer({ open, meeting, onClose, onSaved }: { open: boolean; meeting?: CongressMeetingDetail; onClose: () => void; onSaved: (m: { id: string }) => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const wording = useCongressWording();
  // A new meeting is the body's own meeting (presidium or working committee) unless changed.
  const empty: CongressMeetingCreateInput = { ...EMPTY, kind: wording.bodyMeetingKind };
  const create = useMutation(trpc.congressMeetings.create.mutationOptions());
  const update = useMutation(trpc.congressMeetings.update.mutationOptions());
  const { control, drawer, form } = useDrawerForm({
    schema: congressMeetingCreateSchema,
    open,
    record: meeting,
    // A new meeting starts from `empty`, which follows the township's kind.
    values: meeting
        ? {
            kind: meeting.kind,
            sessionType: meeting.sessionType,
            termNo: meeting.termNo,
            number: meeting.number,
            title: meeting.title,
            startDate: meeting.startDate,
            endDate: meeting.endDate,
            place: meeting.place ?? '',
            status: meeting.status,
            minutes: meeting.minutes ?? '',
            agenda: meeting.agenda.map((a) => ({ kind: a.kind, title: a.title, presenter: a.presenter ?? '' })),
            outcomes: meeting.outcomes.map((o) => ({ kind: o.kind, title: o.title, post: o.post ?? '', electedName: o.electedName ?? '', votesFor: o.votesFor, votesAgainst: o.votesAgainst, abstentions: o.abstentions, note: o.note ?? '' })),
            prefillAttendance: false,
          }
        : empty,
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
  });
  const { watch, setValue } = form;
  const agenda = useFieldArray({ control, name: 'agenda' });
  const outcomes = useFieldArray({ control, name: 'outcomes' });
  const kind = watch('kind');
  const half = { xs: 24, sm: 12 };
  return (
    <FormDrawer open={open} title={t(meeting ? 'meetings.editTitle' : 'meetings.createTitle')} onClose={onClose} {...drawer} testId="meeting-form" width={760}>
      <Row gutter={16}>
        <Col {...half}>
          <FormField control={control} name="kind" label={t('meetings.columns.kind')} required render={(field) => <Select {...field} onChange={(v) => { field.onChange(v); if (v !== 'session') setValue('sessionType', null); }} options={labelOptions(wording.meetingKinds, wording.meetingKindLabels, pick)} />} />
        </Col>
        <Col {...half}>
          {kind === 'session' && (
            <FormField control={control} name="sessionType" label={t('meetings.columns.sessionType')} required render={(field) => <Select {...field} value={field.value ?? undefined} options={labelOptions(CONGRESS_SESSION_TYPES, CONGRESS_SESSION_TYPE_LABELS, pick)} />} />
          )}
        </Col>
        <Col xs={12} sm={6}>
          <FormField control={control} name="termNo" label={t('meetings.columns.termNo')} required render={(field) => <InputNumber {...field} min={1} max={99} precision={0} style={{ width: '100%' }} />} />
        </Col>
        <Col xs={12} sm={6}>
          <FormField control={control} name="number" label={t('meetings.columns.number')} required render={(field) => <InputNumber {...field} min={1} max={999} precision={0} style={{ width: '100%' }} />} />
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="status" label={t('meetings.columns.status')} required render={(field) => <Select {...field} options={labelOptions(CONGRESS_MEETING_STATUSES, CONGRESS_MEETING_STATUS_LABELS, pick)} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="title" label={t('meetings.columns.title')} required render={(field) => <Input {...field} maxLength={100} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="startDate" label={t('meetings.columns.startDay')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
        </Col>
        <Col {...half}>
          <FormField control={control} name="endDate" label={t('meetings.columns.endDate')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="place" label={t('meetings.columns.place')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
        </Col>
      </Row>
      <Card size="small" title={t('meetings.agendaTitle')} style={{ marginBottom: 16 }} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => agenda.append({ kind: 'other', title: '', presenter: '' })} data-testid="agenda-add">{t('meetings.addAgenda')}</Button>}>
        {agenda.fields.map((item, i) => (
          <Row key={item.id} gutter={8} align="top">
            <Col span={7}>
              <FormField control={control} name={`agenda.${i}.kind`} label="" render={(field) => <Select {...field} options={labelOptions(MEETING_AGENDA_KINDS, MEETING_AGENDA_KIND_LABELS, pick)} />} />
            </Col>
            <Col span={10}>
              <FormField control={control} name={`agenda.${i}.title`} label="" render={(field) => <Input {...field} placeholder={t('meetings.item')} maxLength={200} />} />
            </Col>
            <Col span={5}>
              <FormField control={control} name={`agenda.${i}.presenter`} label="" render={(field) => <Input {...field} value={field.value ?? ''} placeholder={t('meetings.presenter')} maxLength={50} />} />
            </Col>
            <Col span={2}>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => agenda.remove(i)} aria-label={t('common.delete')} />
            </Col>
          </Row>
        ))}
      </Card>
      <Card size="small" title={t('meetings.outcomesTitle')} style={{ marginBottom: 16 }} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => outcomes.append({ kind: 'resolution', title: '', post: '', electedName: '', votesFor: null, votesAgainst: null, abstentions: null, note: '' })}>{t('meetings.addOutcome')}</Button>}>
        {outcomes.fields.map((item, i) => (
          <Row key={item.id} gutter={8} align="top">
            <Col span={5}>
              <FormField control={control} name={`outcomes.${i}.kind`} label="" render={(field) => <Select {...field} options={labelOptions(MEETING_OUTCOME_KINDS, MEETING_OUTCOME_KIND_LABELS, pick)} />} />
            </Col>
            <Col span={7}>
              <FormField control={control} name={`outcomes.${i}.title`} label="" render={(field) => <Input {...field} placeholder={t('meetings.item')} maxLength={200} />} />
            </Col>
            <Col span={5}>
              <Space.Compact>
                <FormField control={control} name={`outcomes.${i}.post`} label="" render={(field) => <Input {...field} value={field.value ?? ''} placeholder={t('meetings.post')} maxLength={50} />} />
                <FormField control={control} name={`outcomes.${i}.electedName`} label="" render={(field) => <Input {...field} value={field.value ?? ''} placeholder={t('meetings.electedName')} maxLength={30} />} />
              </Space.Compact>
            </Col>
            <Col span={5}>
              <Space.Compact>
                {(['votesFor', 'votesAgainst', 'abstentions'] as const).map((k) => (
                  <FormField key={k} control={control} name={`outcomes.${i}.${k}`} label="" render={(field) => <InputNumber {...field} min={0} precision={0} placeholder={t(`meetings.${k}`)} style={{ width: 56 }} />} />
                ))}
              </Space.Compact>
            </Col>
            <Col span={2}>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => outcomes.remove(i)} aria-label={t('common.delete')} />
            </Col>
          </Row>
        ))}
      </Card>
      <FormField control={control} name="minutes" label={t('meetings.minutesTitle')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={4} maxLength={10000} />} />
      {!meeting && <FormField control={control} name="prefillAttendance" label="" render={({ value, onChange, ...field }) => <Checkbox {...field} checked={!!value} onChange={(e) => onChange(e.target.checked)}>{t('meetings.prefill')}</Checkbox>} />}
    </FormDrawer>
  );
}
