import { useCallback, useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_EVENT_CATEGORIES, GRID_EVENT_CATEGORY_LABELS, GRID_EVENT_URGENCIES, GRID_EVENT_URGENCY_LABELS, type GridEventCategory, type GridEventUrgency } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { GridEventList, WORK_NS, flushReports, keepReport, pendingReports, useFiles, useTRPC } from '@pcs/work-ui';
import { useSession } from '../../session/SessionContext';

/**
 * The grid worker's phone page: report an event (with a photo) and follow "my tasks". A report
 * is first kept on the phone with its idempotency key, then sent; without network it waits and
 * goes out, exactly once, when the network is back.
 */
export function GridWorkerPage() {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const tenantId = session.tenant.id;
  const trpc = useTRPC();
  const files = useFiles();
  const queryClient = useQueryClient();
  const options = useQuery(trpc.gridEvents.options.queryOptions());
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

  const flush = useCallback(async () => {
    if (!navigator.onLine || pendingReports(tenantId).length === 0) return;
    setSending(true);
    const { sent, refused } = await flushReports(tenantId, files);
    setSending(false);
    setPending(pendingReports(tenantId).length);
    for (const number of sent) void message.success(t('gridReport.sent', { number }));
    if (refused.length > 0) void message.error(String((refused[0] as Error).message));
    if (sent.length > 0) void queryClient.invalidateQueries({ queryKey: trpc.gridEvents.pathKey() });
  }, [tenantId, files, message, t, queryClient, trpc]);

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

  const submit = async () => {
    if (!gridId || !category || address.trim() === '' || description.trim() === '') return;
    await keepReport(tenantId, { gridId, source: 'grid_worker', category, urgency, place: { address: address.trim() }, description: description.trim() }, photo);
    setPending(pendingReports(tenantId).length);
    setAddress('');
    setDescription('');
    setPhoto(null);
    setPhotoInput((n) => n + 1);
    await flush();
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 560 }}>
      <Card title={t('gridReport.title')} size="small">
        {!online && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('gridReport.offline')} data-testid="grid-report-offline" />}
        {pending > 0 && (
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('gridReport.pending', { count: pending })} data-testid="grid-report-pending" />
        )}
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label={t('gridReport.grid')} required>
            <Select value={gridId} onChange={setGridId} options={(options.data?.grids ?? []).map((g) => ({ value: g.id, label: g.name }))} data-testid="grid-report-grid" />
          </Form.Item>
          <Form.Item label={t('gridReport.category')} required>
            <Select value={category} onChange={setCategory} options={GRID_EVENT_CATEGORIES.map((c) => ({ value: c, label: pick(GRID_EVENT_CATEGORY_LABELS[c]) }))} data-testid="grid-report-category" />
          </Form.Item>
          <Form.Item label={t('gridReport.urgency')}>
            <Select value={urgency} onChange={setUrgency} options={GRID_EVENT_URGENCIES.map((u) => ({ value: u, label: pick(GRID_EVENT_URGENCY_LABELS[u]) }))} />
          </Form.Item>
          <Form.Item label={t('gridReport.address')} required>
            <Input value={address} onChange={(e) => setAddress(e.target.value)} maxLength={200} data-testid="grid-report-address" />
          </Form.Item>
          <Form.Item label={t('gridReport.description')} required>
            <Input.TextArea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} maxLength={2000} data-testid="grid-report-description" />
          </Form.Item>
          <Form.Item label={t('gridReport.photo')}>
            <input key={photoInput} type="file" accept="image/jpeg,image/png" capture="environment" onChange={(e) => setPhoto(e.target.files?.[0] ?? null)} data-testid="grid-report-photo" />
            {photo && <Typography.Text type="secondary">{photo.name}</Typography.Text>}
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={sending} disabled={!gridId || !category || !address.trim() || !description.trim()} data-testid="grid-report-submit">
            {t('gridReport.submit')}
          </Button>
        </Form>
      </Card>
      <GridEventList title={t('menu.gridTasks')} mine />
    </Flex>
  );
}
