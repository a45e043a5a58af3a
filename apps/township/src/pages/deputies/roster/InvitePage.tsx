import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Flex, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ErrorAlert, PageHeader } from '@pcs/ui';
import { useTRPC } from '../../../api/trpc';
import { DNS } from '../../../i18n/deputies';

/**
 * Paper: the app frame hidden, one block per deputy that never breaks across pages, cut lines
 * between, two a row. The screen rules come first so the print ones, later, win; a long sign-in
 * address wraps inside its block.
 */
const PRINT_CSS = `
.invite-sheet { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 12px; }
.invite-block { border: 1px solid #d9d9d9; border-radius: 6px; padding: 12px 14px; font-size: 14px; line-height: 1.8; }
.invite-block code { font-size: 16px; letter-spacing: 1px; overflow-wrap: anywhere; }
@media print {
  @page { size: A4 portrait; margin: 12mm; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content, main { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  .invite-sheet { display: grid !important; grid-template-columns: 1fr 1fr; gap: 0; }
  .invite-block { break-inside: avoid; page-break-inside: avoid; border: 1px dashed #888 !important; box-shadow: none !important; }
}
`;

/**
 * The office invites serving deputies to sign in (deputies.invite) and gets the sheet to print and
 * hand out: name, user name, first password, sign-in address. The passwords live only in this
 * screen's memory: shown once, never stored (a lost one is reset by the township admin).
 */
export function InvitePage() {
  const { t } = useTranslation(DNS);
  const navigate = useNavigate();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const accounts = useQuery(trpc.deputies.accounts.queryOptions());
  const [chosen, setChosen] = useState<string[] | null>(null);
  const uninvited = (accounts.data ?? []).filter((d) => d.username === null);
  const selected = chosen ?? uninvited.map((d) => d.id);
  const invite = useMutation(trpc.deputies.invite.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.deputies.accounts.queryKey() }) }));
  const sheet = invite.data;
  const signInAddress = `${window.location.origin}/me`;

  if (sheet) {
    const fresh = sheet.rows.filter((r) => r.initialPassword);
    return (
      <Flex vertical gap={12}>
        <style>{PRINT_CSS}</style>
        <Flex className="no-print" vertical gap={8}>
          <PageHeader title={t('invite.sheetTitle')} onBack={() => navigate('/deputies')} />
          <Alert type="warning" showIcon message={t('invite.onceOnly')} />
          <Space>
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="invite-print">
              {t('invite.print')}
            </Button>
            {sheet.rows.length > fresh.length && <Typography.Text type="secondary">{t('invite.alreadyInvited', { count: sheet.rows.length - fresh.length })}</Typography.Text>}
          </Space>
        </Flex>
        <div className="invite-sheet" data-testid="invite-sheet">
          {fresh.map((r) => (
            <div key={r.deputyId} className="invite-block" data-testid="invite-block">
              <div>
                <strong>{sheet.townshipName}</strong> · {t('invite.blockTitle')}
              </div>
              <div>
                {t('invite.name')}：<strong>{r.name}</strong>
                {r.groupName ? `（${r.groupName}）` : ''}
              </div>
              <div>
                {t('invite.username')}：<code>{r.username}</code>
              </div>
              <div>
                {t('invite.password')}：<code data-testid="invite-password">{r.initialPassword}</code>
              </div>
              <div>
                {t('invite.address')}：<code>{signInAddress}</code>
              </div>
              <div style={{ color: '#666', fontSize: 12 }}>{t('invite.changeAtFirst')}</div>
            </div>
          ))}
        </div>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12}>
      <PageHeader title={t('invite.title')} onBack={() => navigate('/deputies')} />
      {(accounts.error ?? invite.error) && <ErrorAlert error={accounts.error ?? invite.error} />}
      <Card size="small" loading={accounts.isLoading}>
        <Typography.Paragraph type="secondary">{t('invite.explain')}</Typography.Paragraph>
        <Checkbox.Group value={selected} onChange={(v) => setChosen(v)} style={{ width: '100%' }}>
          <Flex wrap gap={8}>
            {(accounts.data ?? []).map((d) => (
              <Checkbox key={d.id} value={d.id} disabled={d.username !== null} style={{ minWidth: 160 }}>
                {d.name} {d.username && <Tag>{d.username}</Tag>}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
        <Button type="primary" style={{ marginTop: 12 }} disabled={selected.length === 0} loading={invite.isPending} onClick={() => invite.mutate({ deputyIds: selected })} data-testid="invite-send">
          {t('invite.send', { count: selected.length })}
        </Button>
      </Card>
    </Flex>
  );
}
