import { useMutation, useQuery } from '@tanstack/react-query';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { deputyGroupCreateSchema, LIAISON_STATION_KIND_LABELS, LIAISON_STATION_KINDS, liaisonStationCreateSchema } from '@pcs/domain';
import { FormField, useLanguage, FormDrawer, useDrawerForm } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DeputySelect } from '../common/DeputySelect';
import { labelOptions } from '../common/labels';
import { DNS } from '../../../i18n/deputies';
import type { DeputyGroup, LiaisonStation } from '../common/types';


export function GroupFormDrawer({ open, group, onClose, onSaved }: { open: boolean; group?: Pick<DeputyGroup, 'id' | 'version' | 'name' | 'area' | 'leaderId' | 'stationId' | 'note'>; onClose: () => void; onSaved: (g: { id: string }) => void }) {
  const { t } = useTranslation(DNS);
  const trpc = useTRPC();
  const create = useMutation(trpc.deputyGroups.create.mutationOptions());
  const update = useMutation(trpc.deputyGroups.update.mutationOptions());
  const stations = useQuery(trpc.liaisonStations.options.queryOptions());
  const { control, drawer } = useDrawerForm({ schema: deputyGroupCreateSchema, open, record: group, create: create.mutateAsync, update: update.mutateAsync, values: group ? { name: group.name, area: group.area ?? '', leaderId: group.leaderId, stationId: group.stationId, note: group.note ?? '' } : { name: '', area: '', leaderId: null, stationId: null, note: '' }, onSaved });
  return (
    <FormDrawer open={open} title={t(group ? 'organisation.editGroup' : 'organisation.newGroup')} onClose={onClose} {...drawer} testId="group-form">
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


export function StationFormDrawer({ open, station, onClose, onSaved }: { open: boolean; station?: Pick<LiaisonStation, 'id' | 'version' | 'name' | 'kind' | 'address' | 'schedule' | 'leaderId' | 'note'>; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(DNS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const create = useMutation(trpc.liaisonStations.create.mutationOptions());
  const update = useMutation(trpc.liaisonStations.update.mutationOptions());
  const { control, drawer } = useDrawerForm({ schema: liaisonStationCreateSchema, open, record: station, create: create.mutateAsync, update: update.mutateAsync, values: station
        ? { name: station.name, kind: station.kind, address: station.address ?? '', schedule: station.schedule ?? '', leaderId: station.leaderId, note: station.note ?? '' }
        : { name: '', kind: 'station', address: '', schedule: '', leaderId: null, note: '' }, onSaved });
  return (
    <FormDrawer open={open} title={t(station ? 'organisation.editStation' : 'organisation.newStation')} onClose={onClose} {...drawer} testId="station-form">
      <FormField control={control} name="name" label={t('organisation.columns.name')} required render={(field) => <Input {...field} maxLength={50} />} />
      <FormField control={control} name="kind" label={t('organisation.columns.kind')} required render={(field) => <Select {...field} options={labelOptions(LIAISON_STATION_KINDS, LIAISON_STATION_KIND_LABELS, pick)} />} />
      <FormField control={control} name="address" label={t('organisation.columns.address')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} />} />
      <FormField control={control} name="schedule" label={t('organisation.columns.schedule')} render={(field) => <Input {...field} value={field.value ?? ''} maxLength={100} placeholder="每月10日 9:00–12:00" />} />
      <FormField control={control} name="leaderId" label={t('organisation.columns.leader')} render={(field) => <DeputySelect {...field} />} />
      <FormField control={control} name="note" label={t('organisation.columns.note')} render={(field) => <Input.TextArea {...field} value={field.value ?? ''} maxLength={500} rows={3} />} />
    </FormDrawer>
  );
}
