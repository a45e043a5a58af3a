import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, App, Button, Card, Flex, InputNumber, Space, Typography } from 'antd';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { countySettingsSchema, FULL_WEIGHT, WEIGHT_TOTAL_PATH, type CountySettings, type IndicatorSettingRow } from '@pcs/domain';
import { applyServerErrors, DataTable, ErrorAlert, useLanguage, zodErrorMap, type DataColumn, type TableQuery } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { PROVISIONING_NS } from '../../i18n/provisioning';

const column = createColumnHelper<IndicatorSettingRow>();
const ALL_ROWS: TableQuery = { page: 1, pageSize: 100, sortDirection: 'asc' };

/** The dashboard's indicators with the county's weight and target for each, editable by platform admins. */
export function IndicatorSettingsCard({ editable }: { editable: boolean }) {
  const { t } = useTranslation(PROVISIONING_NS);
  const { language, pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.countySettings.get.queryOptions());
  const save = useMutation(trpc.countySettings.set.mutationOptions());
  const [formError, setFormError] = useState<unknown>(null);

  const { control, handleSubmit, reset, setError, formState, getValues } = useForm<CountySettings>({
    resolver: zodResolver(countySettingsSchema, { error: zodErrorMap(language) }),
  });
  useEffect(() => {
    if (settings.data) reset(settings.data.settings);
  }, [settings.data, reset]);

  const weights = useWatch({ control, name: 'weights' });
  const totalWeight = Object.values(weights ?? {}).reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  // The sum check is not a field of its own: the schema (and the server) report it under its own path.
  const totalError = (formState.errors as Record<string, { message?: string } | undefined>)[WEIGHT_TOTAL_PATH]?.message;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await save.mutateAsync(values);
      void message.success(t('settings.saved'));
      await queryClient.invalidateQueries(trpc.countySettings.pathFilter());
    } catch (error) {
      if (!applyServerErrors(error, setError, language)) setFormError(error);
    }
  });

  const unitText = (indicator: IndicatorSettingRow) => t(`settings.units.${indicator.unit}`);
  const numberInput = (kind: 'weights' | 'targets', indicator: IndicatorSettingRow) => (
    <Controller
      control={control}
      name={`${kind}.${indicator.id}`}
      render={({ field, fieldState }) =>
        editable ? (
          <Flex vertical>
            <InputNumber
              {...field}
              value={field.value ?? null}
              // No max here: the schema's own limit is shown as an error instead of being silently clamped.
              min={0}
              aria-label={`${pick({ zh: indicator.nameZh, en: indicator.nameEn })} ${t(`settings.columns.${kind === 'weights' ? 'weight' : 'target'}`)}`}
              status={fieldState.error ? 'error' : undefined}
              suffix={kind === 'targets' ? unitText(indicator) : undefined}
              style={{ width: 130 }}
              data-testid={`${kind}-${indicator.id}`}
            />
            {fieldState.error && (
              <Typography.Text type="danger" style={{ fontSize: 12 }}>
                {fieldState.error.message}
              </Typography.Text>
            )}
          </Flex>
        ) : (
          <span>{kind === 'targets' ? `${field.value ?? '—'} ${unitText(indicator)}` : (field.value ?? '—')}</span>
        )
      }
    />
  );

  // The indicator list never changes, so TanStack would cache accessed values: words and form
  // values are rendered per cell, and exported through meta.exportValue.
  const name = (i: IndicatorSettingRow) => pick({ zh: i.nameZh, en: i.nameEn });
  const area = (i: IndicatorSettingRow) => t(`settings.areas.${i.area}`);
  const formula = (i: IndicatorSettingRow) => pick({ zh: i.formulaZh, en: i.formulaEn });
  const columns: Array<DataColumn<IndicatorSettingRow>> = [
    column.display({
      id: 'name',
      header: t('settings.columns.indicator'),
      cell: (c) => <Typography.Text strong>{name(c.row.original)}</Typography.Text>,
      meta: { nowrap: true, exportValue: name },
    }),
    column.display({ id: 'area', header: t('settings.columns.area'), cell: (c) => area(c.row.original), meta: { nowrap: true, exportValue: area } }),
    column.display({
      id: 'formula',
      header: t('settings.columns.formula'),
      cell: (c) => <Typography.Text type="secondary">{formula(c.row.original)}</Typography.Text>,
      meta: { exportValue: formula },
    }),
    column.display({ id: 'weight', header: t('settings.columns.weight'), cell: (c) => numberInput('weights', c.row.original), meta: { exportValue: (i) => getValues(`weights.${i.id}`) } }),
    column.display({ id: 'target', header: t('settings.columns.target'), cell: (c) => numberInput('targets', c.row.original), meta: { exportValue: (i) => getValues(`targets.${i.id}`) } }),
  ];

  const indicators = settings.data?.indicators ?? [];
  return (
    <Card
      title={t('settings.indicatorsTitle')}
      extra={settings.data?.updatedAt ? <Typography.Text type="secondary">{t('settings.updatedAt', { time: dayjs(settings.data.updatedAt).format('YYYY-MM-DD HH:mm') })}</Typography.Text> : null}
      data-testid="indicator-settings"
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('settings.indicatorsHint')}
        </Typography.Paragraph>
        {formError ? <ErrorAlert error={formError} testId="indicator-settings-error" /> : null}
        <DataTable<IndicatorSettingRow>
          testId="indicator-table"
          caption={t('settings.indicatorsTitle')}
          columns={columns}
          data={indicators}
          total={indicators.length}
          query={ALL_ROWS}
          onQueryChange={() => undefined}
          getRowId={(i) => i.id}
          loading={settings.isFetching}
          error={settings.error}
          onRetry={() => void settings.refetch()}
          searchable={false}
          paginated={false}
          fetchAll={async () => indicators}
          exportFileName={t('settings.indicatorsFile')}
        />
        <Flex justify="space-between" align="center" wrap gap={8}>
          {totalWeight === FULL_WEIGHT ? (
            <Typography.Text data-testid="weight-total">{t('settings.weightTotal', { total: totalWeight })}</Typography.Text>
          ) : (
            <Alert
              type={totalError ? 'error' : 'warning'}
              showIcon
              title={t('settings.weightTotalOff', { total: totalWeight, full: FULL_WEIGHT })}
              description={totalError}
              data-testid="weight-total"
            />
          )}
          {editable && (
            <Space>
              <Button onClick={() => settings.data && reset(settings.data.settings)} disabled={!formState.isDirty}>
                {t('settings.undo')}
              </Button>
              <Button type="primary" loading={save.isPending} onClick={() => void submit()} disabled={!settings.data} data-testid="indicator-settings-save">
                {t('common.save')}
              </Button>
            </Space>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
