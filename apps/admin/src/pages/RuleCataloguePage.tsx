import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleTable } from '@pcs/ui';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';

/** The county's rule defaults, each with the quote it comes from. */
export function RuleCataloguePage() {
  const { t } = useTranslation(NS);
  const trpc = useTRPC();
  const rules = useQuery(trpc.county.rules.queryOptions());
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t('rules.title')}
      </Typography.Title>
      <Alert type="info" showIcon title={t('rules.hint')} />
      <RuleTable
        testId="rules-table"
        caption={t('rules.caption')}
        exportFileName={t('rules.exportFile')}
        rules={rules.data ?? []}
        loading={rules.isFetching}
        error={rules.error}
        onRetry={() => void rules.refetch()}
      />
    </Flex>
  );
}
