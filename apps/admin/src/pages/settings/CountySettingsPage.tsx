import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleTable, RuleValueModal, useLanguage, type RuleRow } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { PROVISIONING_NS } from '../../i18n/provisioning';
import { useSession } from '../../session/SessionContext';
import { IndicatorSettingsCard } from './IndicatorSettingsCard';

/**
 * County settings: the dashboard's indicator weights and targets, and the county rule defaults
 * (deadlines, categories, frequencies) that every new township copies when it is created.
 */
export function CountySettingsPage() {
  const { t } = useTranslation(PROVISIONING_NS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rules = useQuery(trpc.county.rules.queryOptions());
  const setRuleDefault = useMutation(trpc.countySettings.setRuleDefault.mutationOptions());
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const canSetRules = can('rules.manage_county');

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('settings.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {t('settings.intro')}
        </Typography.Paragraph>
      </div>
      <Alert type="info" showIcon title={t('settings.templateNote')} data-testid="settings-template-note" />
      {!can('settings.manage_county') && <Alert type="warning" showIcon title={t('settings.readOnly')} data-testid="settings-read-only" />}

      <IndicatorSettingsCard editable={can('settings.manage_county')} />

      <Card title={t('settings.rulesTitle')} data-testid="rule-defaults">
        <Flex vertical gap={12}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('settings.rulesHint')}
          </Typography.Paragraph>
          <RuleTable
            testId="rule-defaults-table"
            caption={t('settings.rulesTitle')}
            exportFileName={t('settings.rulesFile')}
            rules={rules.data ?? []}
            loading={rules.isFetching}
            error={rules.error}
            onRetry={() => void rules.refetch()}
            actions={
              canSetRules
                ? (rule) => (
                    <Button size="small" onClick={() => setEditing(rule)} data-testid={`rule-default-${rule.key}`}>
                      {t('settings.setDefault')}
                    </Button>
                  )
                : undefined
            }
          />
        </Flex>
      </Card>

      <RuleValueModal
        rule={editing}
        title={editing ? t('settings.setDefaultTitle', { name: pick({ zh: editing.nameZh, en: editing.nameEn }) }) : ''}
        onSave={(input) => setRuleDefault.mutateAsync(input)}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void queryClient.invalidateQueries(trpc.county.rules.pathFilter());
        }}
        testIdPrefix="rule-default"
      />
    </Flex>
  );
}
