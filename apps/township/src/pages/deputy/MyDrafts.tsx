import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PhoneCard, PhoneTag } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy-home';

/** Drafts not yet submitted: the deputy's own and those they are asked to co-sign (answer awaited first). */
export function MyDrafts() {
  const { t } = useTranslation(DEPUTY_NS);
  const trpc = useTRPC();
  const drafts = useQuery(trpc.deputyWorkspace.drafts.list.queryOptions());
  const open = (drafts.data ?? []).filter((d) => d.state !== 'submitted');
  if (open.length === 0) return null;
  const sorted = [...open].sort((a, b) => Number(b.canAnswer && b.myAnswer === 'pending') - Number(a.canAnswer && a.myAnswer === 'pending'));
  return (
    <PhoneCard title={t('drafts.section')} testId="deputy-drafts">
      {sorted.map((d) => (
        <Link key={d.id} to={`/me/drafts/${d.id}`} data-testid="deputy-draft-item" style={{ display: 'block', minHeight: 44, color: 'inherit', textDecoration: 'none' }}>
          <div className="pk-row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
            <span style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: '#1677ff' }}>{d.title}</span>
            {d.isAuthor ? <PhoneTag>{t(`drafts.state.${d.state}`)}</PhoneTag> : d.myAnswer === 'pending' ? <PhoneTag color="orange">{t('drafts.waitingMe')}</PhoneTag> : <PhoneTag>{t(`drafts.response.${d.myAnswer ?? 'pending'}`)}</PhoneTag>}
          </div>
          {!d.isAuthor && (
            <span className="pk-muted">
              {t('drafts.author')}：{d.authorName}
            </span>
          )}
        </Link>
      ))}
    </PhoneCard>
  );
}
