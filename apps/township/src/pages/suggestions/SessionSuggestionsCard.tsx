import { useQuery } from '@tanstack/react-query';
import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { SUGGESTION_STATE_LABELS } from '@pcs/domain';
import { StateTag, useTRPC, WORK_NS } from '@pcs/work-ui';

/** The suggestions and motions deputies raised at one congress session, each opening its detail. */
export function SessionSuggestionsCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation(WORK_NS);
  const trpc = useTRPC();
  const raised = useQuery(trpc.suggestions.list.queryOptions({ meetingId, pageSize: 200, sortBy: 'number', sortDirection: 'asc' }));
  return (
    <Card size="small" title={t('suggestions.raisedAtSession', { count: raised.data?.total ?? 0 })} data-testid="session-suggestions">
      <List
        size="small"
        loading={raised.isPending}
        dataSource={raised.data?.items ?? []}
        locale={{ emptyText: t('suggestions.noneAtSession') }}
        renderItem={(s) => (
          <List.Item extra={<StateTag state={s.state} labels={SUGGESTION_STATE_LABELS} />}>
            <Link to={`/suggestions?id=${s.id}`}>
              {s.number} {s.title}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
