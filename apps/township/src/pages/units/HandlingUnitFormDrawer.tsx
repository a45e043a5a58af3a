import { useMutation } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { HANDLING_UNIT_KINDS, HANDLING_UNIT_KIND_LABELS, handlingUnitCreateSchema } from '@pcs/domain';
import { FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { HandlingUnit } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';

type FormInput = z.input<typeof handlingUnitCreateSchema>;

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
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.handlingUnits.create.mutationOptions());
  const update = useMutation(trpc.handlingUnits.update.mutationOptions());
  const { control, drawer } = useDrawerForm({
    schema: handlingUnitCreateSchema,
    open,
    record: unit,
    values: unit ? { name: unit.name, kind: unit.kind, leaderName: unit.leaderName, phone: unit.phone } : EMPTY,
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
    savedMessage: t('units.saved'),
  });

  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t(unit ? 'units.editTitle' : 'units.createTitle')} width={480} testId="unit-form">
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
    </FormDrawer>
  );
}
