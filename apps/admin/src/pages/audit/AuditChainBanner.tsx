import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Collapse, Flex, Spin, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorAlert } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { AuditChainTable, useChainName } from './AuditChainTable';

/**
 * Whether the audit chains (one per township, one for county and platform) are intact
 * (audit.verify): which chain is broken where, each chain's head hash to publish, and a
 * button to check again.
 */
export function AuditChainBanner() {
  const { t } = useTranslation(PROVISIONING_NS);
  const trpc = useTRPC();
  const chainName = useChainName();
  // Always a fresh check: a cached "intact" would say nothing about now.
  const verify = useQuery(trpc.audit.verify.queryOptions(undefined, { staleTime: 0, gcTime: 0 }));
  const recheck = (
    <Button size="small" icon={<ReloadOutlined />} loading={verify.isFetching} onClick={() => void verify.refetch()} data-testid="audit-chain-recheck">
      {t('audit.chain.recheck')}
    </Button>
  );

  if (verify.error) return <ErrorAlert error={verify.error} onRetry={() => void verify.refetch()} testId="audit-chain-error" />;
  if (!verify.data) {
    return <Alert type="info" showIcon icon={<Spin size="small" />} title={t('audit.chain.checking')} data-testid="audit-chain" data-state="checking" />;
  }
  const { intact, entries, chains, checkedAt } = verify.data;
  const time = dayjs(checkedAt).format('YYYY-MM-DD HH:mm:ss');
  const broken = chains.filter((c) => !c.intact);
  return (
    <Flex vertical gap={8}>
      <Alert
        type={intact ? 'success' : 'error'}
        showIcon
        title={intact ? t('audit.chain.intact', { chains: chains.length, count: entries }) : t('audit.chain.broken', { count: broken.length })}
        description={
          intact ? (
            t('audit.chain.intactBody', { time })
          ) : (
            <Flex vertical gap={4}>
              {broken.map((c) => (
                <Typography.Text key={c.tenantId ?? 'county'} strong data-testid="audit-chain-broken">
                  {c.firstBrokenId ? t('audit.chain.brokenAt', { chain: chainName(c), id: c.firstBrokenId }) : t('audit.chain.headMismatch', { chain: chainName(c) })}
                </Typography.Text>
              ))}
              <span>{t('audit.chain.brokenBody', { time })}</span>
            </Flex>
          )
        }
        action={recheck}
        data-testid="audit-chain"
        data-state={intact ? 'intact' : 'broken'}
      />
      <Collapse
        size="small"
        // Open by itself when something is wrong: the broken chain is the first thing to see.
        defaultActiveKey={intact ? [] : ['chains']}
        items={[
          {
            key: 'chains',
            label: t('audit.chain.details', { count: chains.length }),
            children: (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">{t('audit.chain.publishHint')}</Typography.Text>
                <AuditChainTable chains={chains} />
              </Flex>
            ),
          },
        ]}
        data-testid="audit-chain-details"
      />
    </Flex>
  );
}
