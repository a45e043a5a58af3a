import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorAlert } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { PROVISIONING_NS } from '../../i18n/texts';

/** Whether the audit log's hash chain is intact (audit.verify), with a button to check again. */
export function AuditChainBanner() {
  const { t } = useTranslation(PROVISIONING_NS);
  const trpc = useTRPC();
  // Always a fresh check: a cached "intact" would say nothing about now.
  const verify = useQuery(trpc.audit.verify.queryOptions(undefined, { staleTime: 0, gcTime: 0 }));
  const recheck = (
    <Button size="small" icon={<ReloadOutlined />} loading={verify.isFetching} onClick={() => void verify.refetch()} data-testid="audit-chain-recheck">
      {t('audit.chain.recheck')}
    </Button>
  );

  if (verify.error) return <ErrorAlert error={verify.error} onRetry={() => void verify.refetch()} testId="audit-chain-error" />;
  if (!verify.data) {
    return (
      <Alert
        type="info"
        showIcon
        icon={<Spin size="small" />}
        title={t('audit.chain.checking')}
        data-testid="audit-chain"
        data-state="checking"
      />
    );
  }
  const { intact, checked, firstBrokenId, checkedAt } = verify.data;
  const when = dayjs(checkedAt).format('YYYY-MM-DD HH:mm:ss');
  return (
    <Alert
      type={intact ? 'success' : 'error'}
      showIcon
      title={intact ? t('audit.chain.intact', { count: checked }) : firstBrokenId ? t('audit.chain.brokenAt', { id: firstBrokenId }) : t('audit.chain.headMismatch')}
      description={intact ? t('audit.chain.intactBody', { time: when }) : t('audit.chain.brokenBody', { time: when })}
      action={recheck}
      data-testid="audit-chain"
      data-state={intact ? 'intact' : 'broken'}
    />
  );
}
