import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useFormatInstant } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DEPUTY_NS } from '../../i18n/deputy';

/** The deputy's annual duty report (述职报告): drafted, saved, submitted once a year; then read only. */
export function MyDutyReport() {
  const { t } = useTranslation(DEPUTY_NS);
  const { message } = App.useApp();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.deputyWorkspace.reports.list.queryOptions());
  const years = list.data?.writableYears ?? [];
  const [year, setYear] = useState<number | null>(null);
  const current = year ?? years[0] ?? null;
  const report = list.data?.items.find((r) => r.year === current) ?? null;
  const [text, setText] = useState('');
  useEffect(() => setText(report?.text ?? ''), [report?.text, current]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.deputyWorkspace.reports.pathKey() });
  const save = useMutation(trpc.deputyWorkspace.reports.save.mutationOptions({ onSuccess: async () => { void message.success(t('report.saved')); await refresh(); } }));
  const submit = useMutation(trpc.deputyWorkspace.reports.submit.mutationOptions({ onSuccess: refresh }));
  const past = (list.data?.items ?? []).filter((r) => !years.includes(r.year));
  const error = list.error ?? save.error ?? submit.error;

  return (
    <Flex vertical gap={12}>
      {error && <ErrorAlert error={error} />}
      {list.data?.termEnded && <Alert type="warning" showIcon message={t('report.readOnly')} />}
      {current !== null && (
        <Card size="small" title={t('report.title')} extra={report && <Tag color={report.state === 'submitted' ? 'green' : 'default'}>{report.state === 'submitted' ? t('drafts.state.submitted') : t('report.draft')}</Tag>} data-testid="deputy-report">
          <Flex vertical gap={8}>
            <Segmented block value={current} onChange={(v) => setYear(v)} options={years.map((y) => ({ value: y, label: String(y) }))} />
            {report?.state === 'submitted' ? (
              <>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{report.text}</Typography.Paragraph>
                <Typography.Text type="secondary" data-testid="deputy-report-submitted">{t('report.submittedAt', { at: formatInstant(report.submittedAt!) })}</Typography.Text>
              </>
            ) : (
              <>
                <Input.TextArea rows={8} maxLength={20000} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('report.placeholder')} data-testid="deputy-report-text" />
                <Flex gap={8}>
                  <Button size="large" block disabled={!text.trim()} loading={save.isPending} onClick={() => save.mutate({ year: current, text, ...(report ? { version: report.version } : {}) })} data-testid="deputy-report-save">
                    {t('report.save')}
                  </Button>
                  <Popconfirm title={t('report.submitConfirm')} disabled={!report || report.text !== text} onConfirm={() => report && submit.mutate({ year: current, version: report.version })}>
                    <Button type="primary" size="large" block disabled={!report || report.text !== text} loading={submit.isPending} data-testid="deputy-report-submit">
                      {t('report.submit')}
                    </Button>
                  </Popconfirm>
                </Flex>
              </>
            )}
          </Flex>
        </Card>
      )}
      {past.length > 0 && (
        <Card size="small" title={t('report.past')}>
          {past.map((r) => (
            <Typography.Paragraph key={r.id} style={{ whiteSpace: 'pre-wrap' }}>
              <Typography.Text strong>{r.year}</Typography.Text> {r.state === 'submitted' ? '' : `(${t('report.draft')})`}
              <br />
              {r.text}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
    </Flex>
  );
}
