import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS, villageCreateSchema } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { Village } from '../../api/types';
import { NS } from '../../i18n/texts';

type FormInput = z.input<typeof villageCreateSchema>;
type FormOutput = z.output<typeof villageCreateSchema>;

const EMPTY: FormInput = { name: '', kind: 'village', population: null, households: null };

export interface VillageFormDrawerProps {
  open: boolean;
  /** The village to edit; a new one is created without it. */
  village?: Village;
  onClose: () => void;
  onSaved: () => void;
}

/** Create or edit a village, checked with the same zod schema the API validates. */
export function VillageFormDrawer({ open, village, onClose, onSaved }: VillageFormDrawerProps) {
  const { t } = useTranslation(NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const create = useMutation(trpc.villages.create.mutationOptions());
  const update = useMutation(trpc.villages.update.mutationOptions());
  const mutation = village ? update : create;
  // An error no single field explains (stale version, duplicate name, server down).
  const [formError, setFormError] = useState<unknown>(null);

  const { control, handleSubmit, reset, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(villageCreateSchema, { error: zodErrorMap(language) }),
    defaultValues: EMPTY,
  });

  // Load the edited village (or blanks) each time the drawer opens, and forget the last error.
  useEffect(() => {
    if (!open) return;
    reset(village ? { name: village.name, kind: village.kind, population: village.population, households: village.households } : EMPTY);
    setFormError(null);
  }, [open, village, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (village) await update.mutateAsync({ ...values, id: village.id, version: village.version });
      else await create.mutateAsync(values);
      void message.success(t('villages.saved'));
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t(village ? 'villages.editTitle' : 'villages.createTitle')}
      size={480}
      destroyOnHidden
      data-testid="village-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('villages.cancel')}</Button>
          <Button type="primary" loading={mutation.isPending} onClick={() => void submit()} data-testid="village-form-submit">
            {t('villages.save')}
          </Button>
        </Space>
      }
    >
      {/* Field problems show beside their fields; this alert carries the rest (e.g. a stale version). */}
      {formError ? <ErrorAlert error={formError} testId="village-form-error" /> : null}
      {/* antd Form only lays out the fields and turns Enter into a submit; react-hook-form holds the values. */}
      <Form layout="vertical" onFinish={() => void submit()} style={{ marginTop: 16 }}>
        <FormField control={control} name="name" label={t('villages.columns.name')} required render={(field) => <Input {...field} maxLength={50} />} />
        <FormField
          control={control}
          name="kind"
          label={t('villages.columns.kind')}
          required
          render={(field) => <Select {...field} options={VILLAGE_KINDS.map((kind) => ({ value: kind, label: pick(VILLAGE_KIND_LABELS[kind]) }))} />}
        />
        <FormField
          control={control}
          name="population"
          label={t('villages.columns.population')}
          render={(field) => <InputNumber {...field} min={0} precision={0} style={{ width: '100%' }} />}
        />
        <FormField
          control={control}
          name="households"
          label={t('villages.columns.households')}
          render={(field) => <InputNumber {...field} min={0} precision={0} style={{ width: '100%' }} />}
        />
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
