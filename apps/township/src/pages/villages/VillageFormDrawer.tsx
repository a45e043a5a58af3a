import { useMutation } from '@tanstack/react-query';
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { VILLAGE_KINDS, VILLAGE_KIND_LABELS, villageCreateSchema } from '@pcs/domain';
import { FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { Village } from '../../api/types';
import { NS } from '../../i18n/township-office';

type FormInput = z.input<typeof villageCreateSchema>;

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
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.villages.create.mutationOptions());
  const update = useMutation(trpc.villages.update.mutationOptions());
  const { control, drawer } = useDrawerForm({
    schema: villageCreateSchema,
    open,
    record: village,
    values: village ? { name: village.name, kind: village.kind, population: village.population, households: village.households } : EMPTY,
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
    savedMessage: t('villages.saved'),
  });

  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t(village ? 'villages.editTitle' : 'villages.createTitle')} width={480} testId="village-form">
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
    </FormDrawer>
  );
}
