import { useEffect, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HANDLING_UNIT_KINDS, HANDLING_UNIT_KIND_LABELS, handlingUnitCreateSchema } from '@pcs/domain';
import { applyServerErrors, ErrorAlert, FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { HandlingUnit } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/texts';

type FormInput = z.input<typeof handlingUnitCreateSchema>;
type FormOutput = z.output<typeof handlingUnitCreateSchema>;

const EMPTY: FormInput = { name: '', kind: 'township_office', leaderName: null, phone: null };
const blankToNull = (value: string) => (value.trim() === '' ? null : value);

export interface HandlingUnitFormDrawerProps {
  open: boolean;
  /** The unit to edit; a new one is created without it. */
  unit?: HandlingUnit;
  onClose: () => void;
  onSaved: () => void;
}

/** Create or edit a handling unit, checked with the API's own schema. */
export function HandlingUnitFormDrawer({ open, unit, onClose, onSaved }: HandlingUnitFormDrawerProps) {
  const { t } = useTranslation(PROVISIONING_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const create = useMutation(trpc.handlingUnits.create.mutationOptions());
  const update = useMutation(trpc.handlingUnits.update.mutationOptions());
  const [formError, setFormError] = useState<unknown>(null);

  const { control, handleSubmit, reset, setError } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(handlingUnitCreateSchema, { error: zodErrorMap(language) }),
    defaultValues: EMPTY,
  });

  useEffect(() => {
    if (!open) return;
    reset(unit ? { name: unit.name, kind: unit.kind, leaderName: unit.leaderName, phone: unit.phone } : EMPTY);
    setFormError(null);
  }, [open, unit, reset]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      if (unit) await update.mutateAsync({ ...values, id: unit.id, version: unit.version });
      else await create.mutateAsync(values);
      void message.success(t('units.saved'));
      onSaved();
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t(unit ? 'units.editTitle' : 'units.createTitle')}
      size={480}
      destroyOnHidden
      data-testid="unit-form"
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={create.isPending || update.isPending} onClick={() => void submit()} data-testid="unit-form-submit">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {formError ? <ErrorAlert error={formError} testId="unit-form-error" /> : null}
      <Form layout="vertical" onFinish={() => void submit()} style={{ marginTop: formError ? 16 : 0 }}>
        <FormField control={control} name="name" label={t('units.columns.name')} required render={(field) => <Input {...field} maxLength={40} />} />
        <FormField
          control={control}
          name="kind"
          label={t('units.columns.kind')}
          required
          render={(field) => <Select {...field} options={HANDLING_UNIT_KINDS.map((kind) => ({ value: kind, label: pick(HANDLING_UNIT_KIND_LABELS[kind]) }))} />}
        />
        <FormField
          control={control}
          name="leaderName"
          label={t('units.columns.leaderName')}
          render={({ value, onChange, ...field }) => <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} maxLength={30} />}
        />
        <FormField
          control={control}
          name="phone"
          label={t('units.columns.phone')}
          render={({ value, onChange, ...field }) => <Input {...field} value={value ?? ''} onChange={(e) => onChange(blankToNull(e.target.value))} maxLength={20} />}
        />
        <button type="submit" hidden />
      </Form>
    </Drawer>
  );
}
