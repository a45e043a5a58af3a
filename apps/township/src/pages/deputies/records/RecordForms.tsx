import { useMutation } from '@tanstack/react-query';
import { Col, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONGRESS_DOCUMENT_DIRECTION_LABELS, CONGRESS_DOCUMENT_DIRECTIONS, congressDocumentCreateSchema, deputyDeedCreateSchema } from '@pcs/domain';
import { FormField, useLanguage, DayPicker, countyToday, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { OwnerAttachments } from '@pcs/work-ui';

import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { CongressDocument, DeputyDeed } from '../common/types';


export function DocumentFormDrawer({ open, document, onClose, onSaved }: { open: boolean; document?: CongressDocument; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.congressDocuments.create.mutationOptions());
  const update = useMutation(trpc.congressDocuments.update.mutationOptions());
  const { control, drawer } = useDrawerForm({ schema: congressDocumentCreateSchema, open, record: document, create: create.mutateAsync, update: update.mutateAsync, values: document
        ? { direction: document.direction, date: document.date, docNumber: document.docNumber ?? '', title: document.title, counterpart: document.counterpart, handling: document.handling ?? '', handledBy: document.handledBy ?? '' }
        : { direction: 'incoming', date: countyToday(), docNumber: '', title: '', counterpart: '', handling: '', handledBy: '' }, onSaved });
  return (
    <FormDrawer open={open} title={t(document ? 'records.editDocument' : 'records.newDocument')} onClose={onClose} {...drawer} testId="document-form">
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <FormField control={control} name="direction" label={t('records.documentColumns.direction')} required render={(field) => <Radio.Group {...field} options={labelOptions(CONGRESS_DOCUMENT_DIRECTIONS, CONGRESS_DOCUMENT_DIRECTION_LABELS, pick)} />} />
        </Col>
        <Col xs={24} sm={12}>
          <FormField control={control} name="date" label={t('records.documentColumns.date')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
        </Col>
      </Row>
      <FormField control={control} name="docNumber" label={t('records.documentColumns.docNumber')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={50} placeholder="清人常〔2026〕1号" />} />
      <FormField control={control} name="title" label={t('records.documentColumns.title')} required render={(field) => <Input {...field} maxLength={200} />} />
      <FormField control={control} name="counterpart" label={t('records.documentColumns.counterpart')} required render={(field) => <Input {...field} maxLength={100} />} />
      <FormField control={control} name="handling" label={t('records.documentColumns.handling')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={3} maxLength={1000} />} />
      <FormField control={control} name="handledBy" label={t('records.documentColumns.handledBy')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={30} />} />
      {document && <OwnerAttachments ownerKind="document" ownerId={document.id} writable />}
    </FormDrawer>
  );
}


export function DeedFormDrawer({ open, deed, onClose, onSaved }: { open: boolean; deed?: DeputyDeed; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(DNS);
  const trpc = useTRPC();
  const create = useMutation(trpc.deputyDeeds.create.mutationOptions());
  const update = useMutation(trpc.deputyDeeds.update.mutationOptions());
  const { control, drawer } = useDrawerForm({ schema: deputyDeedCreateSchema, open, record: deed, create: create.mutateAsync, update: update.mutateAsync, values: deed ? { deputyId: deed.deputyId, date: deed.date, title: deed.title, description: deed.description ?? '', recognition: deed.recognition ?? '' } : { deputyId: '', date: countyToday(), title: '', description: '', recognition: '' }, onSaved });
  return (
    <FormDrawer open={open} title={t(deed ? 'records.editDeed' : 'records.newDeed')} onClose={onClose} {...drawer} testId="deed-form">
      <FormField control={control} name="deputyId" label={t('records.deedColumns.deputy')} required render={(field) => <DeputySelect {...field} />} />
      <FormField control={control} name="date" label={t('records.deedColumns.date')} required render={(field) => <DayPicker {...field} allowClear={false} />} />
      <FormField control={control} name="title" label={t('records.deedColumns.title')} required render={(field) => <Input {...field} maxLength={100} />} />
      <FormField control={control} name="description" label={t('records.deedColumns.description')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} rows={5} maxLength={5000} />} />
      <FormField control={control} name="recognition" label={t('records.deedColumns.recognition')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} placeholder="优秀为民代表" />} />
    </FormDrawer>
  );
}
