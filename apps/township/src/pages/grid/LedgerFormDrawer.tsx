import { useMutation } from '@tanstack/react-query';
import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { LEDGER_OBJECT_KINDS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVELS, RISK_LEVEL_LABELS, ledgerObjectCreateSchema } from '@pcs/domain';
import { FormDrawer, FormField, useDrawerForm, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { GRID_NS } from '../../i18n/grid';

type LedgerRow = RouterOutputs['ledgers']['list']['items'][number];
type FormInput = z.input<typeof ledgerObjectCreateSchema>;

/** Create or edit one ledger object, checked with the schema the API validates. */
export function LedgerFormDrawer({ open, object, grids, onClose, onSaved }: { open: boolean; object?: LedgerRow; grids: ReadonlyArray<{ id: string; name: string }>; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.ledgers.create.mutationOptions());
  const update = useMutation(trpc.ledgers.update.mutationOptions());
  const empty: FormInput = { gridId: grids[0]?.id ?? '', kind: 'enterprise', name: '', address: '', latitude: null, longitude: null, responsiblePerson: null, responsiblePhone: null, riskLevel: 'medium', note: null };
  const { control, drawer } = useDrawerForm({
    schema: ledgerObjectCreateSchema,
    open,
    record: object,
    values: object
      ? { gridId: object.gridId, kind: object.kind, name: object.name, address: object.address, latitude: object.latitude, longitude: object.longitude, responsiblePerson: object.responsiblePerson, responsiblePhone: object.responsiblePhone, riskLevel: object.riskLevel, note: object.note }
      : empty,
    create: create.mutateAsync,
    update: update.mutateAsync,
    onSaved,
  });
  const text = (name: 'name' | 'address' | 'responsiblePerson' | 'responsiblePhone' | 'note', label: string, required = false) => (
    <FormField control={control} name={name} label={label} required={required} render={(field) => <Input {...field} value={field.value ?? ''} onChange={(e) => field.onChange(e.target.value || (required ? '' : null))} />} />
  );
  return (
    <FormDrawer open={open} {...drawer} onClose={onClose} title={t(object ? 'ledgers.edit' : 'ledgers.create')} width={Math.min(520, window.innerWidth)} testId="ledger-form">
      <FormField control={control} name="gridId" label={t('ledgers.columns.grid')} required render={(field) => <Select {...field} showSearch optionFilterProp="label" options={grids.map((g) => ({ value: g.id, label: g.name }))} />} />
      <FormField control={control} name="kind" label={t('ledgers.columns.kind')} required render={(field) => <Select {...field} options={LEDGER_OBJECT_KINDS.map((k) => ({ value: k, label: pick(LEDGER_OBJECT_KIND_LABELS[k]) }))} />} />
      {text('name', t('ledgers.columns.name'), true)}
      {text('address', t('ledgers.columns.address'), true)}
      <FormField control={control} name="latitude" label={t('ledgers.latitude')} render={(field) => <InputNumber {...field} min={-90} max={90} step={0.0001} style={{ width: '100%' }} />} />
      <FormField control={control} name="longitude" label={t('ledgers.longitude')} render={(field) => <InputNumber {...field} min={-180} max={180} step={0.0001} style={{ width: '100%' }} />} />
      {text('responsiblePerson', t('ledgers.columns.person'))}
      {text('responsiblePhone', t('ledgers.columns.phone'))}
      <FormField control={control} name="riskLevel" label={t('ledgers.columns.risk')} required render={(field) => <Select {...field} options={RISK_LEVELS.map((k) => ({ value: k, label: pick(RISK_LEVEL_LABELS[k]) }))} />} />
      {text('note', t('ledgers.note'))}
    </FormDrawer>
  );
}
