import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GRID_MEMBER_ROLE_LABELS, LEDGER_OBJECT_KIND_LABELS, RISK_LEVEL_LABELS, type RiskLevel } from '@pcs/domain';
import { AntdScope, lazyPage, PageSuspense, PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneNotice, PhonePage, PhoneSheet, PhoneTag, Spinner, useFormatInstant, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { CAMERA_ICON, PLACE_ICON } from '../../shell/phoneIcons';
import { GRID_PATROL_NS } from '../../i18n/grid-patrol';
import { myGridsQueries } from './myGridsQueries';
import { PhoneCoverageTag } from './PhoneCoverageTag';
import type { PatrolGrid } from './PatrolFormDrawer';

// Recording a patrol (a form with its schema and date handling) and the photos (upload, thumbnails)
// are antd and loaded on the first tap, so the page itself stays within the phone's budget (decision 78).
const PatrolFormDrawer = lazyPage(() => import('./PatrolFormDrawer'), 'PatrolFormDrawer');
const OwnerAttachments = lazyPage(() => import('@pcs/work-ui/attachments'), 'OwnerAttachments');

const RISK_COLORS: Record<RiskLevel, 'red' | 'orange' | 'green'> = { high: 'red', medium: 'orange', low: 'green' };

/**
 * 我的网格, phone first: the worker's grids with this week's and month's coverage, the ledger
 * objects to check, "record a patrol" and then the site photos from the phone's camera.
 */
export function MyGridsPage() {
  const { t } = useTranslation(GRID_PATROL_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const first = myGridsQueries(trpc);
  const mine = useQuery(first.mine);
  const recent = useQuery(first.recent);
  const [recording, setRecording] = useState<PatrolGrid | null>(null);
  // The form stays mounted once loaded, so its "saved" message outlives the closing drawer.
  const [formUsed, setFormUsed] = useState(false);
  const [photosFor, setPhotosFor] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries(trpc.patrols.pathFilter()).then(() => queryClient.invalidateQueries(trpc.grids.mine.queryFilter()));
  const closePhotos = () => {
    setPhotosFor(null);
    refresh();
  };

  return (
    <PhonePage title={t('mine.title')} intro={t('mine.intro')} testId="my-grids-page">
      {mine.error && <PhoneError error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isLoading && <Spinner size={24} minHeight={80} />}
      {mine.data && mine.data.grids.length === 0 && <PhoneNotice testId="my-grids-none">{t('mine.none')}</PhoneNotice>}
      {mine.data?.grids.map((grid) => (
        <PhoneCard key={grid.id} testId={`my-grid-${grid.id}`} title={grid.name} extra={<PhoneTag color="geekblue">{pick(GRID_MEMBER_ROLE_LABELS[grid.role])}</PhoneTag>}>
          <PhoneCoverageTag coverage={grid.week} label={t('coverage.week')} testId={`my-grid-week-${grid.id}`} />
          <PhoneCoverageTag coverage={grid.month} label={t('coverage.month')} />
          {grid.areaDescription && (
            <div className="pk-muted">
              {PLACE_ICON} {grid.areaDescription}
            </div>
          )}
          <PhoneButton
            kind="primary"
            size="large"
            block
            icon={CAMERA_ICON}
            onClick={() => {
              setFormUsed(true);
              setRecording(grid);
            }}
            testId={`my-grid-record-${grid.id}`}
          >
            {t('mine.record')}
          </PhoneButton>
          <details className="pk-details">
            <summary className="pk-summary">{t('mine.objects', { count: grid.ledgerObjects.length })}</summary>
            <div>
              <PhoneList
                items={grid.ledgerObjects}
                empty="—"
                render={(o) => (
                  <PhoneListItem
                    key={o.id}
                    title={o.name}
                    description={
                      <span className="pk-row" style={{ gap: 4 }}>
                        <PhoneTag>{pick(LEDGER_OBJECT_KIND_LABELS[o.kind])}</PhoneTag>
                        <PhoneTag color={RISK_COLORS[o.riskLevel]}>{pick(RISK_LEVEL_LABELS[o.riskLevel])}</PhoneTag>
                        <span>{o.address}</span>
                      </span>
                    }
                  />
                )}
              />
            </div>
          </details>
        </PhoneCard>
      ))}
      <PhoneCard title={t('mine.recent')} testId="my-patrols">
        <PhoneList
          items={recent.data?.items}
          loading={recent.isLoading}
          empty={t('mine.noPatrols')}
          render={(p) => (
            <PhoneListItem
              key={p.id}
              testId="my-patrol"
              title={`${formatInstant(p.startedAt)} · ${p.gridName}`}
              description={p.findings ?? ''}
              extra={
                <PhoneButton size="small" icon={CAMERA_ICON} onClick={() => setPhotosFor(p.id)} aria-label={t('mine.photos')} testId={`my-patrol-photos-${p.id}`}>
                  {p.photoCount}
                </PhoneButton>
              }
            />
          )}
        />
      </PhoneCard>
      {formUsed && (
        <AntdScope>
          <PatrolFormDrawer
            open={recording !== null}
            grid={recording}
            onClose={() => setRecording(null)}
            onSaved={(patrol) => {
              setRecording(null);
              setPhotosFor(patrol.id);
              refresh();
            }}
          />
        </AntdScope>
      )}
      <PhoneSheet
        open={photosFor !== null}
        onClose={closePhotos}
        title={t('mine.photos')}
        testId="patrol-photos"
        extra={
          <PhoneButton kind="primary" size="small" onClick={closePhotos} testId="patrol-photos-done">
            {t('mine.done')}
          </PhoneButton>
        }
      >
        {photosFor && (
          <PageSuspense>
            <AntdScope>
              <OwnerAttachments ownerKind="patrol" ownerId={photosFor} writable />
            </AntdScope>
          </PageSuspense>
        )}
      </PhoneSheet>
    </PhonePage>
  );
}
