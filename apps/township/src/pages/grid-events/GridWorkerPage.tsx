import { useCallback, useEffect, useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { GRID_EVENT_CATEGORIES, GRID_EVENT_CATEGORY_LABELS, GRID_EVENT_URGENCIES, GRID_EVENT_URGENCY_LABELS, type GridEventCategory, type GridEventUrgency } from '@pcs/domain';
import { PhoneButton, PhoneCard, PhoneField, PhoneInput, PhoneNotice, PhonePage, PhoneSelect, PhoneTextArea, phoneToast, useLanguage } from '@pcs/ui';
import { GRID_WORKER_NS, PhoneGridEventList, flushReports, keepReport, pendingReports, useFiles, useTRPC } from '@pcs/work-ui';
import { useSession } from '../../session/SessionContext';
import { gridWorkerQueries } from './gridWorkerQueries';

/**
 * The grid worker's phone page: report an event (with a photo) and follow "my tasks". A report
 * is first kept on the phone with its idempotency key, then sent; without network it waits and
 * goes out, exactly once, when the network is back. Built from the phone kit (no antd, decision 78).
 */
export function GridWorkerPage() {
  const { t } = useTranslation(GRID_WORKER_NS);
  const { pick } = useLanguage();
  const session = useSession();
  const tenantId = session.tenant.id;
  const trpc = useTRPC();
  const files = useFiles();
  const queryClient = useQueryClient();
  const options = useQuery(gridWorkerQueries(trpc).options);
  const [gridId, setGridId] = useState<string>();
  const [category, setCategory] = useState<GridEventCategory>();
  const [urgency, setUrgency] = useState<GridEventUrgency>('normal');
  const [address, setAddress] = useState('');
  const [description, setDescription] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [pending, setPending] = useState(() => pendingReports(tenantId).length);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [sending, setSending] = useState(false);
  // A new file input after each report, so the next one starts without the last photo.
  const [photoInput, setPhotoInput] = useState(0);
  const id = useId();

  const flush = useCallback(async () => {
    if (!navigator.onLine || pendingReports(tenantId).length === 0) return;
    setSending(true);
    const { sent, refused } = await flushReports(tenantId, files);
    setSending(false);
    setPending(pendingReports(tenantId).length);
    for (const number of sent) phoneToast.success(t('report.sent', { number }));
    if (refused.length > 0) phoneToast.error(String((refused[0] as Error).message));
    if (sent.length > 0) void queryClient.invalidateQueries({ queryKey: trpc.gridEvents.pathKey() });
  }, [tenantId, files, t, queryClient, trpc]);

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void flush();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    void flush();
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [flush]);

  const ready = Boolean(gridId && category && address.trim() && description.trim());
  const submit = async () => {
    if (!gridId || !category || !ready) return;
    await keepReport(tenantId, { gridId, source: 'grid_worker', category, urgency, place: { address: address.trim() }, description: description.trim() }, photo);
    setPending(pendingReports(tenantId).length);
    setAddress('');
    setDescription('');
    setPhoto(null);
    setPhotoInput((n) => n + 1);
    await flush();
  };

  return (
    <PhonePage maxWidth={560}>
      <PhoneCard title={t('report.title')}>
        {!online && (
          <PhoneNotice kind="warning" testId="grid-report-offline">
            {t('report.offline')}
          </PhoneNotice>
        )}
        {pending > 0 && <PhoneNotice testId="grid-report-pending">{t('report.pending', { count: pending })}</PhoneNotice>}
        <form
          className="pk-stack"
          style={{ gap: 12 }}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <PhoneField id={`${id}-grid`} label={t('report.grid')} required>
            <PhoneSelect id={`${id}-grid`} required value={gridId} onChange={setGridId} options={(options.data?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))} testId="grid-report-grid" />
          </PhoneField>
          <PhoneField id={`${id}-category`} label={t('report.category')} required>
            <PhoneSelect id={`${id}-category`} required value={category} onChange={setCategory} options={GRID_EVENT_CATEGORIES.map((c) => ({ value: c, label: pick(GRID_EVENT_CATEGORY_LABELS[c]) }))} testId="grid-report-category" />
          </PhoneField>
          <PhoneField id={`${id}-urgency`} label={t('report.urgency')}>
            <PhoneSelect id={`${id}-urgency`} value={urgency} onChange={setUrgency} options={GRID_EVENT_URGENCIES.map((u) => ({ value: u, label: pick(GRID_EVENT_URGENCY_LABELS[u]) }))} testId="grid-report-urgency" />
          </PhoneField>
          <PhoneField id={`${id}-address`} label={t('report.address')} required>
            <PhoneInput id={`${id}-address`} required value={address} onChange={(e) => setAddress(e.target.value)} maxLength={200} testId="grid-report-address" />
          </PhoneField>
          <PhoneField id={`${id}-description`} label={t('report.description')} required>
            <PhoneTextArea id={`${id}-description`} required value={description} onChange={(e) => setDescription(e.target.value)} rows={3} maxLength={2000} testId="grid-report-description" />
          </PhoneField>
          <PhoneField id={`${id}-photo`} label={t('report.photo')}>
            <input id={`${id}-photo`} key={photoInput} type="file" accept="image/jpeg,image/png" capture="environment" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} data-testid="grid-report-photo" />
            {photo && <span className="pk-muted">{photo.name}</span>}
          </PhoneField>
          <PhoneButton type="submit" kind="primary" size="large" block loading={sending} disabled={!ready} testId="grid-report-submit">
            {t('report.submit')}
          </PhoneButton>
        </form>
      </PhoneCard>
      <PhoneGridEventList title={t('work:menu.gridTasks')} />
    </PhonePage>
  );
}
