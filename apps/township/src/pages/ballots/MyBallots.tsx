import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneStyles, PhoneTag } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { BALLOTS_NS } from '../../i18n/ballots';

/**
 * The democratic evaluations the caller is a listed member of (docs/decisions.md, 71): on the
 * deputy's home only when there is one, on "我的测评" always (with `showEmpty`). Phone kit (decision 78).
 */
export function MyBallots({ showEmpty = false }: { showEmpty?: boolean }) {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const navigate = useNavigate();
  const ballots = useQuery(trpc.myBallots.list.queryOptions());
  const rows = (ballots.data ?? []).filter((b) => b.status === 'open' || b.voted === true || showEmpty);
  if (ballots.error) return <PhoneError error={ballots.error} />;
  if (rows.length === 0 && !(showEmpty && ballots.data)) return null;
  return (
    <div className="pk-root">
      <PhoneStyles />
      <PhoneCard title={t('mine.title')} testId="my-ballots">
        <PhoneList
          items={rows}
          empty={t('mine.empty')}
          render={(b) => (
            <PhoneListItem
              key={b.id}
              title={b.title}
              description={`${b.heldOn} · ${b.groupName}`}
              extra={
                b.voted ? (
                  <PhoneTag color="green">{t('mine.voted')}</PhoneTag>
                ) : b.status === 'open' ? (
                  <PhoneButton kind="primary" onClick={() => navigate(`/my-ballots/${b.id}`)} testId={`my-ballot-${b.id}`}>
                    {t('mine.vote')}
                  </PhoneButton>
                ) : (
                  <PhoneTag>{t('mine.closed')}</PhoneTag>
                )
              }
            />
          )}
        />
      </PhoneCard>
    </div>
  );
}
