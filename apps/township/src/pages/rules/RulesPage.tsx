import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleTable, type RuleRow } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { NS } from '../../i18n/township-office';
import { useSession } from '../../session/SessionContext';
import { RuleOverrideModal } from './RuleOverrideModal';

/** The rules in force in this township, where each value comes from, and (for admins) overrides. */
export function RulesPage() {
  const { t } = useTranslation(NS);
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.rules.effective.queryOptions({}));
  const [editing, setEditing] = useState<RuleRow | null>(null);

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
        actions={
          can('rules.manage_township')
            ? (rule) =>
                // A rule that does not apply to this kind of township cannot be set here (the API refuses it too).
                rule.applicable !== false && (
                <Button size="small" onClick={() => setEditing(rule)} data-testid={`rule-override-${rule.key}`}>
                  {t('rules.setOverride')}
                </Button>
                )
            : undefined
        }
      />
      <RuleOverrideModal
        rule={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void queryClient.invalidateQueries(trpc.rules.pathFilter());
        }}
      />
    </Flex>
  );
}
