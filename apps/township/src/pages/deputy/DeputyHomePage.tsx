import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SATISFACTION_LABELS, SUGGESTION_STATE_LABELS } from '@pcs/domain';
import { AntdScope, lazyPage, PageSuspense, PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneNotice, PhonePage, PhoneTabs, PhoneTag, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy-home';
import { MyBallots } from '@pcs/work-ui/voting/mine';
import { MyDrafts } from './MyDrafts';
import { deputyHomeQueries } from './deputyHomeQueries';

// The annual duty report (a text with a confirmation) is antd and written once a year: loaded with its tab.
const MyDutyReport = lazyPage(() => import('./MyDutyReport'), 'MyDutyReport');
// The activities and duty points are a second tab: loaded with it, the suggestions tab opens first (decision 82).
const MyActivities = lazyPage(() => import('./MyActivities'), 'MyActivities');

type Tab = 'suggestions' | 'activities' | 'contacts' | 'reviews';
const TABS = ['suggestions', 'activities', 'contacts', 'reviews'] as const;

/** The deputy's start page: who they are here, then one section at a time (a phone screen, built from the phone kit: decision 78). */
export default function DeputyHomePage() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const tab = (params.get('tab') as Tab | null) ?? 'suggestions';
  const setTab = (next: Tab) => setParams(next === 'suggestions' ? {} : { tab: next }, { replace: true });
  const first = deputyHomeQueries(trpc);
  const profile = useQuery(first.profile);
  const suggestions = useQuery(first.suggestions);
  const records = useQuery({ ...trpc.deputyWorkspace.records.queryOptions(), enabled: tab === 'contacts' || tab === 'reviews' });
  const error = profile.error ?? suggestions.error ?? records.error;
  const me = profile.data;

  return (
    <PhonePage maxWidth={560} testId="deputy-home">
      {error && <PhoneError error={error} />}
      {me && (
        <PhoneCard>
          <h2 className="pk-page-title" data-testid="deputy-name">
            {t('home.title', { name: me.name })}
          </h2>
          <span className="pk-muted">{[me.groupName && `${t('home.group')}：${me.groupName}`, me.station && `${t('home.station')}：${me.station.name}`].filter(Boolean).join(' · ')}</span>
          {me.termEnded && (
            <PhoneNotice kind="warning" testId="deputy-term-ended">
              {t('home.termEnded', { date: me.statusDate })}
            </PhoneNotice>
          )}
        </PhoneCard>
      )}
      <div className="pk-row" style={{ flexWrap: 'nowrap' }}>
        {me && !me.termEnded && (
          <PhoneButton kind="primary" size="large" block onClick={() => navigate('/me/suggestions/new')} testId="deputy-new-suggestion">
            {t('home.newSuggestion')}
          </PhoneButton>
        )}
        <PhoneButton size="large" block onClick={() => navigate('/notifications')}>
          {t('home.notifications')}
        </PhoneButton>
      </div>
      <MyBallots />
      <PhoneTabs<Tab> label={t('home.sections')} value={tab} onChange={setTab} options={TABS.map((value) => ({ value, label: t(`home.tabs.${value}`) }))} />
      {tab === 'suggestions' && <MyDrafts />}
      {tab === 'suggestions' && (
        <div data-testid="deputy-suggestions">
          <PhoneList
            items={suggestions.data?.items}
            loading={suggestions.isLoading}
            empty={t('suggestions.empty')}
            render={(s) => (
              <li key={s.id} style={{ listStyle: 'none', marginBottom: 8 }}>
                <Link to={`/me/suggestions/${s.id}`} className="pk-card" data-testid="deputy-suggestion">
                  <div className="pk-card-body" style={{ gap: 4 }}>
                    <div className="pk-row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
                      <strong style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{s.title}</strong>
                      <PhoneTag color={s.state === 'replied' ? 'orange' : s.state === 'closed' ? 'green' : 'blue'}>{pick(SUGGESTION_STATE_LABELS[s.state])}</PhoneTag>
                    </div>
                    <span className="pk-muted">
                      {s.number} · {s.leadDeputyName} {s.coSignerNames.length > 0 ? `+${s.coSignerNames.length}` : ''}
                      {s.dueOn && s.state !== 'closed' ? ` · ${t('suggestions.due', { date: s.dueOn })}` : ''}
                    </span>
                    {(s.state === 'replied' || (s.satisfaction && s.state === 'closed')) && (
                      <span>
                        {s.state === 'replied' && <PhoneTag color="orange">{t('suggestions.toEvaluate')}</PhoneTag>}
                        {s.satisfaction && s.state === 'closed' && <PhoneTag>{pick(SATISFACTION_LABELS[s.satisfaction])}</PhoneTag>}
                      </span>
                    )}
                  </div>
                </Link>
              </li>
            )}
          />
        </div>
      )}
      {tab === 'activities' && (
        <PageSuspense>
          <MyActivities />
        </PageSuspense>
      )}
      {tab === 'contacts' && (
        <>
          <PhoneCard title={t('records.contacts')}>
            <PhoneList items={records.data?.contacts} loading={records.isLoading} empty={t('records.none')} render={(c) => <PhoneListItem key={c.id} title={[c.name, c.phone, c.address].filter(Boolean).join(' · ')} />} />
          </PhoneCard>
          <PhoneCard title={t('records.receptions')}>
            <PhoneList
              items={records.data?.receptions}
              loading={records.isLoading}
              empty={t('records.none')}
              render={(r) => <PhoneListItem key={r.id} title={`${r.date} ${r.place ?? ''}`} extra={r.upcoming ? <PhoneTag color="blue">{t('records.upcoming')}</PhoneTag> : null} />}
            />
          </PhoneCard>
        </>
      )}
      {tab === 'reviews' && (
        <AntdScope>
          <MyDutyReport />
        </AntdScope>
      )}
      {tab === 'reviews' && (
        <PhoneCard title={t('records.reviews')}>
          <PhoneList
            items={records.data?.reviews}
            loading={records.isLoading}
            empty={t('records.none')}
            render={(r) => <PhoneListItem key={r.id} title={`${r.year} · ${r.date ?? ''}`} description={t('records.votes', { s: r.votesSatisfied, b: r.votesBasicallySatisfied, u: r.votesUnsatisfied })} />}
          />
        </PhoneCard>
      )}
    </PhonePage>
  );
}
