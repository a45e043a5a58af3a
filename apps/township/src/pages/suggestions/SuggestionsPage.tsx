import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { BatchAssignModal, SuggestionList, useTRPC, WORK_NS, type SuggestionItem } from '@pcs/work-ui';
import { useSession } from '../../session/SessionContext';
import { SuggestionFormDrawer } from './SuggestionFormDrawer';

/**
 * Deputy suggestions: the office sees the township's, registers and assigns them (many at
 * once); a handler sees those assigned to their unit. Overdue first, then key-supervised.
 */
export function SuggestionsPage({ mode = 'office' }: { mode?: 'office' | 'handler' }) {
  const { t } = useTranslation(WORK_NS);
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<ReadonlyMap<string, SuggestionItem>>(new Map());
  const [assigning, setAssigning] = useState(false);
  const manage = mode === 'office' && can('suggestion.manage');
  // The office's choices (deputies, units); a unit handler neither needs nor may read them.
  const options = useQuery({ ...trpc.suggestions.options.queryOptions(), enabled: mode === 'office' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.suggestions.pathKey() });

  return (
    <>
      <SuggestionList
        title={t(mode === 'office' ? 'suggestions.title' : 'suggestions.assignedTitle')}
        {...(mode === 'office' && options.data ? { options: options.data } : {})}
        {...(manage
          ? {
              selection: {
                selected: new Set(selected.keys()),
                toggle: (s: SuggestionItem) =>
                  setSelected((current) => {
                    const next = new Map(current);
                    if (!next.delete(s.id)) next.set(s.id, s);
                    return next;
                  }),
              },
              toolbar: (
                <>
                  <Button icon={<SendOutlined />} disabled={selected.size === 0} onClick={() => setAssigning(true)} data-testid="suggestion-batch-assign">
                    {t('suggestions.batchAssign', { count: selected.size })}
                  </Button>
                  <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="suggestion-create">
                    {t('suggestions.create')}
                  </Button>
                </>
              ),
            }
          : {})}
      />
      <SuggestionFormDrawer
        open={creating}
        options={options.data}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          void refresh();
          setParams({ id });
        }}
      />
      <BatchAssignModal
        open={assigning}
        items={[...selected.values()]}
        options={options.data}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          setSelected(new Map());
          void refresh();
        }}
      />
    </>
  );
}
