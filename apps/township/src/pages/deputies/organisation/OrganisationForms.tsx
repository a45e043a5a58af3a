import { useEffect } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { deputyGroupCreateSchema, LIAISON_STATION_KIND_LABELS, LIAISON_STATION_KINDS, liaisonStationCreateSchema } from '@pcs/domain';
import { FormField, useLanguage, zodErrorMap } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DeputySelect } from '../common/DeputySelect';
import { FormDrawer } from '../common/FormDrawer';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/texts';
import type { DeputyGroup, LiaisonStation } from '../common/types';
import { useSaveForm } from '../common/useSaveForm';

type GroupInput = z.input<typeof deputyGroupCreateSchema>;
type GroupOutput = z.output<typeof deputyGroupCreateSchema>;

export function GroupFormDrawer({ open, group, onClose, onSaved }: { open: boolean; group?: Pick<DeputyGroup, 'id' | 'version' | 'name' | 'area' | 'leaderId' | 'stationId' | 'note'>; onClose: () => void; onSaved: (g: { id: string }) => void }) {
  const { t } = useTranslation(DNS);
  const { language } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.deputyGroups.create.mutationOptions());
  const update = useMutation(trpc.deputyGroups.update.mutationOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const { control, handleSubmit, reset, setError } = useForm<GroupInput, unknown, GroupOutput>({ resolver: zodResolver(deputyGroupCreateSchema, { error: zodErrorMap(language) }) });
  const { formError, setFormError, run } = useSaveForm(setError);
  useEffect(() => {
    if (!open) return;
    reset(group ? { name: group.name, area: group.area ?? '', leaderId: group.leaderId, stationId: group.stationId, note: group.note ?? '' } : { name: '', area: '', leaderId: null, stationId: null, note: '' });
    setFormError(null);
  }, [open, group, reset, setFormError]);
  const submit = handleSubmit((values) => run(() => (group ? update.mutateAsync({ ...values, id: group.id, version: group.version }) : create.mutateAsync(values)), onSaved));
  return (
    <FormDrawer open={open} title={t(group ? 'organisation.editGroup' : 'organisation.newGroup')} onClose={onClose} onSubmit={() => void submit()} submitting={create.isPending || update.isPending} error={formError} testId="group-form">
      <FormField control={control} name="name" label={t('organisation.columns.name')} required render={(field) => <Input {...field} maxLength={50} placeholder="第一代表小组" />} />
      <FormField control={control} name="area" label={t('organisation.columns.area')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
      <FormField control={control} name="leaderId" label={t('organisation.columns.groupLeader')} render={(field) => <DeputySelect {...field} only={group ? (d) => d.groupId === group.id || !d.groupId : undefined} />} />
      <FormField
        control={control}
        name="stationId"
        label={t('organisation.columns.station')}
        render={(field) => <Select {...field} allowClear value={field.value ?? undefined} onChange={(v) => field.onChange(v ?? null)} options={(stations.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />}
      />
      <FormField control={control} name="note" label={t('organisation.columns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} maxLength={500} rows={3} />} />
    </FormDrawer>
  );
}

type StationInput = z.input<typeof liaisonStationCreateSchema>;
type StationOutput = z.output<typeof liaisonStationCreateSchema>;

export function StationFormDrawer({ open, station, onClose, onSaved }: { open: boolean; station?: Pick<LiaisonStation, 'id' | 'version' | 'name' | 'kind' | 'address' | 'schedule' | 'leaderId' | 'note'>; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(DNS);
  const { language, pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.liaisonStations.create.mutationOptions());
  const update = useMutation(trpc.liaisonStations.update.mutationOptions());
  const { control, handleSubmit, reset, setError } = useForm<StationInput, unknown, StationOutput>({ resolver: zodResolver(liaisonStationCreateSchema, { error: zodErrorMap(language) }) });
  const { formError, setFormError, run } = useSaveForm(setError);
  useEffect(() => {
    if (!open) return;
    reset(
      station
        ? { name: station.name, kind: station.kind, address: station.address ?? '', schedule: station.schedule ?? '', leaderId: station.leaderId, note: station.note ?? '' }
        : { name: '', kind: 'station', address: '', schedule: '', leaderId: null, note: '' },
    );
    setFormError(null);
  }, [open, station, reset, setFormError]);
  const submit = handleSubmit((values) => run(() => (station ? update.mutateAsync({ ...values, id: station.id, version: station.version }) : create.mutateAsync(values)), onSaved));
  return (
    <FormDrawer open={open} title={t(station ? 'organisation.editStation' : 'organisation.newStation')} onClose={onClose} onSubmit={() => void submit()} submitting={create.isPending || update.isPending} error={formError} testId="station-form">
      <FormField control={control} name="name" label={t('organisation.columns.name')} required render={(field) => <Input {...field} maxLength={50} />} />
      <FormField control={control} name="kind" label={t('organisation.columns.kind')} required render={(field) => <Select {...field} options={labelOptions(LIAISON_STATION_KINDS, LIAISON_STATION_KIND_LABELS, pick)} />} />
      <FormField control={control} name="address" label={t('organisation.columns.address')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
      <FormField control={control} name="schedule" label={t('organisation.columns.schedule')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} placeholder="每月10日 9:00–12:00" />} />
      <FormField control={control} name="leaderId" label={t('organisation.columns.leader')} render={(field) => <DeputySelect {...field} />} />
      <FormField control={control} name="note" label={t('organisation.columns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} maxLength={500} rows={3} />} />
    </FormDrawer>
  );
}
