import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Select, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { HANDLING_UNIT_KINDS, HANDLING_UNIT_KIND_LABELS, type HandlingUnitKind } from '@pcs/domain';
import { type DataColumn, describeError, useLanguage, ListPage, rowActionsColumn } from '@pcs/ui';
import { useServerList } from '@pcs/work-ui';
import { useTRPC } from '../../api/trpc';
import type { HandlingUnit } from '../../api/types';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { HandlingUnitFormDrawer } from './HandlingUnitFormDrawer';

const column = createColumnHelper<HandlingUnit>();
/** The township's handling units (承办单位): create, edit, deactivate and reactivate. */
export function HandlingUnitsPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<HandlingUnitKind | undefined>();
  const [active, setActive] = useState<boolean | undefined>();
  const [editing, setEditing] = useState<{ unit?: HandlingUnit } | null>(null);

  const { table } = useServerList(trpc.handlingUnits.list, { initialQuery: { sortBy: 'name' }, filters: { kind, active } });
  const refresh = () => queryClient.invalidateQueries(trpc.handlingUnits.pathFilter());

  const setUnitActive = useMutation(
    trpc.handlingUnits.update.mutationOptions({
      onSuccess: (_result, variables) => void message.success(t(variables.active ? 'units.activated' : 'units.deactivated')),
      onError: (error) => {
        const info = describeError(error);
        void message.error(info.messages ? pick(info.messages) : t('common.failed'));
      },
      onSettled: () => void refresh(),
    }),
  );

  const columns: Array<DataColumn<HandlingUnit>> = [
    column.accessor('name', { header: t('units.columns.name'), enableSorting: true }),
    column.accessor('kind', {
      header: t('units.columns.kind'),
      enableSorting: true,
      cell: ({ row: { original } }) => pick(HANDLING_UNIT_KIND_LABELS[original.kind]),
      meta: { nowrap: true, exportValue: (u) => pick(HANDLING_UNIT_KIND_LABELS[u.kind]) },
    }),
    column.accessor('leaderName', { header: t('units.columns.leaderName'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('phone', { header: t('units.columns.phone'), cell: (c) => c.getValue() ?? '—', meta: { nowrap: true } }),
    column.accessor('handlerCount', { header: t('units.columns.handlerCount'), meta: { align: 'right' } }),
    column.accessor('active', {
      header: t('units.columns.active'),
      cell: ({ row: { original } }) =>
        original.active ? <Tag color="green">{t('units.active')}</Tag> : <Tag data-testid="unit-inactive">{t('units.inactive')}</Tag>,
      meta: { nowrap: true, exportValue: (u) => t(u.active ? 'units.active' : 'units.inactive') },
    }),
    column.accessor('createdAt', {
      header: t('units.columns.createdAt'),
      enableSorting: true,
      cell: (c) => dayjs(c.getValue()).format('YYYY-MM-DD'),
      meta: { nowrap: true, exportValue: (u) => dayjs(u.createdAt).format('YYYY-MM-DD HH:mm') },
    }),
    rowActionsColumn<HandlingUnit>(t('common.actions'), (unit) => [
      { key: 'edit', label: t('common.edit'), onClick: () => setEditing({ unit }), testId: `unit-edit-${unit.id}` },
      {
        key: 'toggle',
        label: t(unit.active ? 'units.deactivate' : 'units.activate'),
        confirm: t(unit.active ? 'units.confirmDeactivate' : 'units.confirmActivate', { name: unit.name }),
        danger: unit.active,
        onClick: () => setUnitActive.mutateAsync({ id: unit.id, version: unit.version, active: !unit.active }),
        testId: `unit-toggle-${unit.id}`,
      },
    ]),
  ];


  return (
    <ListPage<HandlingUnit>
      title={t('units.title')}
      intro={t('units.intro')}
      list={table}
      testId="units-table"
      caption={t('units.caption')}
      columns={columns}
      getRowId={(u) => u.id}
      searchPlaceholder={t('units.searchPlaceholder')}
      exportFileName={t('units.exportFile')}
      filters={
        <>
          <Select
            allowClear
            aria-label={t('units.columns.kind')}
            placeholder={t('units.columns.kind')}
            value={kind}
            onChange={(value?: HandlingUnitKind) => {
              setKind(value);
            }}
            options={HANDLING_UNIT_KINDS.map((value) => ({ value, label: pick(HANDLING_UNIT_KIND_LABELS[value]) }))}
            style={{ width: 150 }}
            data-testid="unit-kind-filter"
          />
          <Select
            allowClear
            aria-label={t('units.columns.active')}
            placeholder={t('units.columns.active')}
            value={active === undefined ? undefined : String(active)}
            onChange={(value?: string) => {
              setActive(value === undefined ? undefined : value === 'true');
            }}
            options={[
              { value: 'true', label: t('units.active') },
              { value: 'false', label: t('units.inactive') },
            ]}
            style={{ width: 120 }}
            data-testid="unit-active-filter"
          />
        </>
      }
      toolbar={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="unit-create">
          {t('units.create')}
        </Button>
      }
    >
      <HandlingUnitFormDrawer
      open={editing !== null}
      unit={editing?.unit}
      onClose={() => setEditing(null)}
      onSaved={() => {
        setEditing(null);
        void refresh();
      }}
      />
    </ListPage>
  );
}
