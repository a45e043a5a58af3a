import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneStyles, PhoneTag } from '@pcs/ui';
import { VOTE_NS } from '../i18n/my-ballots';
import { useVoterApi, voterKeys, type VoterScope } from './api';

/**
 * The democratic evaluations the caller is a listed member of (docs/decisions.md, 71): on the
 * deputy's home only when there is one, on "我的测评" always (with `showEmpty`). `scope`: a
 * township user's or a county department's user's (decision 79). Phone kit (decision 78).
 */
export function MyBallots({ scope = 'township', showEmpty = false }: { scope?: VoterScope; showEmpty?: boolean }) {
  const { t } = useTranslation(VOTE_NS);
  const api = useVoterApi(scope);
  const navigate = useNavigate();
  const ballots = useQuery({ queryKey: voterKeys.of(scope, 'list'), queryFn: () => api.list.query() });
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
