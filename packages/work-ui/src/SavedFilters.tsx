import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Popconfirm, Popover, Select, Space } from 'antd';
import { DeleteOutlined, StarOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useWorkScope } from './scope';
import { useTRPC } from './trpc';
import { WORK_NS } from './i18n/work';

interface Props<F> {
  list: 'suggestions' | 'rectifications' | 'grid_events';
  current: F;
  onApply: (filter: F) => void;
}

/** Named filters of a list, saved per user on the server. */
export function SavedFilters<F extends Record<string, unknown>>({ list, current, onApply }: Props<F>) {
  const { t } = useTranslation(WORK_NS);
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The county's cross-township lists keep their filters per user, a township's per township (decision 17).
  const scope = useWorkScope() === 'township' ? 'township' : 'county';
  const saved = useQuery(trpc.savedFilters.list.queryOptions({ scope, list }));
  const [chosen, setChosen] = useState<string | undefined>();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.savedFilters.pathFilter());
  const save = useMutation(trpc.savedFilters.save.mutationOptions({ onSuccess: () => void refresh().then(() => message.success(t('common.saved'))) }));
  const remove = useMutation(trpc.savedFilters.remove.mutationOptions({ onSuccess: () => void refresh() }));

  return (
    <Space.Compact>
      <Select
        allowClear
        aria-label={t('filters.saved')}
        placeholder={t('filters.saved')}
        style={{ width: 150 }}
        value={chosen}
        data-testid="saved-filter-select"
        onChange={(id?: string) => {
          setChosen(id);
          const found = saved.data?.find((f) => f.id === id);
          onApply((found?.filter ?? {}) as F);
        }}
        options={(saved.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
      />
      <Popover
        open={open}
        onOpenChange={setOpen}
        trigger="click"
        content={
          <Space>
            <Input placeholder={t('filters.saveName')} value={name} onChange={(e) => setName(e.target.value)} maxLength={30} data-testid="saved-filter-name" />
            <Button
              type="primary"
              disabled={!name.trim()}
              loading={save.isPending}
              data-testid="saved-filter-save"
              onClick={() => {
                save.mutate({ scope, list, name: name.trim(), filter: current });
                setOpen(false);
                setName('');
              }}
            >
              {t('common.save')}
            </Button>
          </Space>
        }
      >
        <Button icon={<StarOutlined />} title={t('filters.saveAs')} aria-label={t('filters.saveAs')} data-testid="saved-filter-open" />
      </Popover>
      {chosen && (
        <Popconfirm title={t('filters.removeSaved')} onConfirm={() => remove.mutate({ scope, id: chosen }, { onSuccess: () => setChosen(undefined) })}>
          <Button icon={<DeleteOutlined />} aria-label={t('filters.removeSaved')} />
        </Popconfirm>
      )}
    </Space.Compact>
  );
}
