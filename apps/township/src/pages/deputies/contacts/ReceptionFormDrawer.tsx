import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RECEPTION_HANDLING_LABELS, RECEPTION_HANDLINGS, receptionDayCreateSchema } from '@pcs/domain';
import { FormField, useLanguage, DayPicker, countyToday, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';

import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { ReceptionDetail } from '../common/types';

/** A reception day (代表接待日/代访日): who was on duty, who came, what they raised and how it was handled. */
export function ReceptionFormDrawer({ open, reception, onClose, onSaved }: { open: boolean; reception?: ReceptionDetail; onClose: () => void; onSaved: (r: { id: string }) => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.receptions.create.mutationOptions());
  const update = useMutation(trpc.receptions.update.mutationOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const { control, drawer } = useDrawerForm({ schema: receptionDayCreateSchema, open, record: reception, create: create.mutateAsync, update: update.mutateAsync, values: reception
        ? {
            date: reception.date,
            place: reception.place ?? '',
            stationId: reception.stationId,
            note: reception.note ?? '',
            deputyIds: reception.deputies.map((d) => d.id),
            visits: reception.visits.map((v) => ({ visitorName: v.visitorName, visitorCount: v.visitorCount, address: v.address ?? '', phone: v.phone ?? '', issue: v.issue, handling: v.handling, followUp: v.followUp ?? '' })),
          }
        : { date: countyToday(), place: '', stationId: null, note: '', deputyIds: [], visits: [] }, onSaved });
  const visits = useFieldArray({ control, name: 'visits' });
  return (
    <FormDrawer open={open} title={t(reception ? 'contacts.editReception' : 'contacts.newReception')} onClose={onClose} {...drawer} testId="reception-form" width={760}>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <FormField control={control} name="date" label={t('contacts.receptionColumns.date')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
        </Col>
        <Col xs={24} sm={8}>
          <FormField control={control} name="stationId" label={t('contacts.receptionColumns.station')} render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />} />
        </Col>
        <Col xs={24} sm={8}>
          <FormField control={control} name="place" label={t('contacts.receptionColumns.place')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
        </Col>
        <Col span={24}>
          <FormField control={control} name="deputyIds" label={t('contacts.receptionColumns.deputies')} required render={(field) => <DeputySelect {...field} multiple />} />
        </Col>
      </Row>
      <Card size="small" title={t('contacts.visitsTitle')} style={{ marginBottom: 16 }} extra={<Button size="small" icon={<PlusOutlined />} onClick={() => visits.append({ visitorName: '', visitorCount: 1, address: '', phone: '', issue: '', handling: 'answered', followUp: '' })}>{t('contacts.addVisit')}</Button>}>
        {visits.fields.map((item, i) => (
          <Row key={item.id} gutter={8}>
            <Col span={5}>
              <FormField control={control} name={`visits.${i}.visitorName`} label={t('contacts.visitColumns.visitorName')} required render={(field) => <Input {...field} maxLength={30} />} />
            </Col>
            <Col span={3}>
              <FormField control={control} name={`visits.${i}.visitorCount`} label={t('contacts.visitColumns.visitorCount')} render={(field) => <InputNumber {...field} min={1} max={500} precision={0} style={{ width: '100%' }} />} />
            </Col>
            <Col span={6}>
              <FormField control={control} name={`visits.${i}.address`} label={t('contacts.visitColumns.address')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
            </Col>
            <Col span={8}>
              <FormField control={control} name={`visits.${i}.handling`} label={t('contacts.visitColumns.handling')} required render={(field) => <Select {...field} options={labelOptions(RECEPTION_HANDLINGS, RECEPTION_HANDLING_LABELS, pick)} />} />
            </Col>
            <Col span={2} style={{ paddingTop: 30 }}>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => visits.remove(i)} aria-label={t('common.delete')} />
            </Col>
            <Col span={12}>
              <FormField control={control} name={`visits.${i}.issue`} label={t('contacts.visitColumns.issue')} required render={(field) => <Input.TextArea {...field} rows={2} maxLength={1000} />} />
            </Col>
            <Col span={12}>
              <FormField control={control} name={`visits.${i}.followUp`} label={t('contacts.visitColumns.followUp')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={2} maxLength={1000} />} />
            </Col>
          </Row>
        ))}
      </Card>
      <FormField control={control} name="note" label={t('contacts.receptionColumns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={2} maxLength={1000} />} />
    </FormDrawer>
  );
}
