import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DUTY_ACTIVITY_TYPE_LABELS, DUTY_POINT_ITEM_LABELS } from '@pcs/domain';
import { PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneTag, phoneToast, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

/**
 * The deputy's activities: those open to them (invited by name or published to all) with sign-up
 * until the day before, then their year's duty record as the office keeps it (attendance, points).
 */
export function MyActivities() {
  const { t } = useTranslation(DEPUTY_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.deputyWorkspace.activities.list.queryOptions({}));
  const respond = useMutation(
    trpc.deputyWorkspace.activities.respond.mutationOptions({
      onSuccess: async () => {
        phoneToast.success(t('activities.answered'));
        await queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.activities.pathKey() });
      },
    }),
  );
  const items = list.data?.items ?? [];
  const open = items.filter((a) => a.upcoming);
  const record = list.data?.record;

  return (
    <>
      {(list.error ?? respond.error) && <PhoneError error={list.error ?? respond.error} />}
      <PhoneCard title={t('activities.open')} testId="deputy-open-activities">
        <PhoneList
          items={open}
          loading={list.isLoading}
          empty={t('activities.noneOpen')}
          render={(a) => (
            <li key={a.id} className="pk-item" style={{ flexDirection: 'column', alignItems: 'stretch', gap: 6 }} data-testid="deputy-open-activity">
              <div className="pk-row" style={{ justifyContent: 'space-between', flexWrap: 'nowrap' }}>
                <strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{a.title}</strong>
                <PhoneTag color={a.invited ? 'blue' : 'default'}>{a.invited ? t('activities.invited') : t('activities.published')}</PhoneTag>
              </div>
              <span className="pk-muted">{[a.date, pick(DUTY_ACTIVITY_TYPE_LABELS[a.type]), a.place].filter(Boolean).join(' · ')}</span>
              {a.canRespond ? (
                <div className="pk-row" style={{ flexWrap: 'nowrap' }}>
                  <PhoneButton block disabled={a.response === 'declined'} loading={respond.isPending} onClick={() => respond.mutate({ activityId: a.id, response: 'declined' })} testId="deputy-activity-decline">
                    {a.response === 'declined' ? t('activities.declined') : t('activities.decline')}
                  </PhoneButton>
                  <PhoneButton block kind="primary" disabled={a.response === 'signed_up'} loading={respond.isPending} onClick={() => respond.mutate({ activityId: a.id, response: 'signed_up' })} testId="deputy-activity-sign-up">
                    {a.response === 'signed_up' ? t('activities.signedUp') : t('activities.signUp')}
                  </PhoneButton>
                </div>
              ) : (
                <span>
                  <PhoneTag>{a.response === 'signed_up' ? t('activities.signedUp') : a.response === 'declined' ? t('activities.declined') : t('activities.closed')}</PhoneTag>
                </span>
              )}
            </li>
          )}
        />
      </PhoneCard>
      {record && (
        <PhoneCard title={t('activities.record', { year: record.year })} testId="deputy-duty-record">
          <div className="pk-row" style={{ gap: 24 }}>
            <div data-testid="deputy-points">
              <div className="pk-muted">{t('activities.points')}</div>
              <div className="pk-stat">{record.points.total}</div>
            </div>
            <div>
              <div className="pk-muted">{t('activities.attendanceRate')}</div>
              <div className="pk-stat">{record.attendanceRate === null ? '—' : `${record.attendanceRate}%`}</div>
            </div>
          </div>
          <PhoneList
            items={record.points.lines.filter((l) => l.count > 0)}
            empty="—"
            render={(l) => <PhoneListItem key={l.item} title={`${pick(DUTY_POINT_ITEM_LABELS[l.item])} × ${l.count} = ${l.subtotal}`} />}
          />
          <strong>{t('records.activities')}</strong>
          <PhoneList items={record.activities} empty={t('records.none')} render={(a) => <PhoneListItem key={a.id} title={a.title} description={`${a.date} · ${pick(DUTY_ACTIVITY_TYPE_LABELS[a.type])}`} />} />
        </PhoneCard>
      )}
    </>
  );
}
