import { useMemo, useState, type ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { Select, Tag, Tooltip, Typography } from 'antd';
import { TENANT_KIND_LABELS, TENANT_KINDS, type TenantKind } from '@pcs/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { DataTable } from '../table/DataTable';
import type { DataColumn } from '../table/columnMeta';
import { useLocalList } from '../table/useLocalList';
import { formatRuleValue, type RuleRow } from './formatRuleValue';

export interface RuleTableProps {
  rules: readonly RuleRow[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** Per-row buttons (e.g. "Set override"); no action column without it. */
  actions?: (rule: RuleRow) => ReactNode;
  caption: string;
  exportFileName: string;
  testId?: string;
}

const SOURCE_COLORS: Record<RuleRow['source'], string> = { catalogue: 'default', county: 'blue', township: 'green' };
const STATUS_COLORS: Record<RuleRow['status'], string> = { in_effect: 'green', not_yet_in_effect: 'orange', area_not_built: 'default' };
const AREAS = ['congress', 'presidium', 'working_committee', 'suggestion', 'deputy', 'supervision', 'appraisal', 'grid'];
const column = createColumnHelper<RuleRow>();

/**
 * Configurable rules with their value, where the value comes from and the quote behind the default.
 * A rule that does not apply to the township's kind (sessions in a sub-district) shows "not
 * applicable" instead of a value; the county's list says which kinds each rule governs.
 */
export function RuleTable({ rules, actions, loading, error, onRetry, ...props }: RuleTableProps) {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const [area, setArea] = useState<string | undefined>();

  const nameOf = (rule: RuleRow) => pick({ zh: rule.nameZh, en: rule.nameEn });
  const notApplicable = (rule: RuleRow) => rule.applicable === false;
  const kindsOf = (rule: RuleRow) =>
    !rule.appliesTo || rule.appliesTo.length === TENANT_KINDS.length ? t('rules.appliesToAll') : rule.appliesTo.map((k) => pick(TENANT_KIND_LABELS[k as TenantKind])).join(language === 'en' ? ', ' : '、');
  const filtered = useMemo(() => (area ? rules.filter((r) => r.area === area) : rules), [rules, area]);
  const localOptions = {
    searchText: (r: RuleRow) => `${r.nameZh} ${r.nameEn} ${r.key} ${r.quote}`,
    sortValue: (r: RuleRow, by: string) => (by === 'name' ? nameOf(r) : by === 'area' ? r.area : by === 'effectiveFrom' ? r.effectiveFrom : null),
  };
  const list = useLocalList(filtered, { ...localOptions, initialQuery: { pageSize: 50 }, loading, error, onRetry });

  const columns: Array<DataColumn<RuleRow>> = [
    column.accessor((r) => nameOf(r), { id: 'name', header: t('rules.columns.name'), enableSorting: true }),
    column.accessor((r) => t(`rules.area.${r.area}`, { defaultValue: r.area }), {
      id: 'area',
      header: t('rules.columns.area'),
      enableSorting: true,
      meta: { nowrap: true },
    }),
    column.accessor((r) => (notApplicable(r) ? t('rules.notApplicable') : formatRuleValue(r, language, t)), {
      id: 'value',
      header: t('rules.columns.value'),
      cell: (c) =>
        notApplicable(c.row.original) ? (
          <Tag data-testid={`rule-not-applicable-${c.row.original.key}`}>{c.getValue()}</Tag>
        ) : (
          <Typography.Text strong>{c.getValue()}</Typography.Text>
        ),
    }),
    column.accessor((r) => t(`rules.source.${r.source}`), {
      id: 'source',
      header: t('rules.columns.source'),
      cell: (c) => (
        <Tag color={SOURCE_COLORS[c.row.original.source]} data-testid={`rule-source-${c.row.original.key}`} data-source={c.row.original.source}>
          {c.getValue()}
        </Tag>
      ),
    }),
    column.accessor((r) => t(`rules.status.${r.status}`), {
      id: 'status',
      header: t('rules.columns.status'),
      meta: { nowrap: true },
      cell: (c) => {
        const rule = c.row.original;
        const tag = (
          <Tag color={STATUS_COLORS[rule.status]} data-testid={`rule-status-${rule.key}`} data-status={rule.status}>
            {c.getValue()}
          </Tag>
        );
        return rule.statusReason ? <Tooltip title={pick(rule.statusReason)}>{tag}</Tooltip> : tag;
      },
    }),
    column.accessor((r) => kindsOf(r), { id: 'appliesTo', header: t('rules.columns.appliesTo'), meta: { nowrap: true } }),
    column.accessor((r) => r.effectiveFrom ?? t('rules.always'), {
      id: 'effectiveFrom',
      header: t('rules.columns.effectiveFrom'),
      enableSorting: true,
      meta: { nowrap: true },
    }),
    column.accessor('quote', {
      header: t('rules.columns.quote'),
      cell: (c) => <Typography.Text type="secondary">{c.getValue()}</Typography.Text>,
    }),
  ];
  if (actions) {
    // A rule not in effect cannot be changed (the API refuses too): no button, the reason instead.
    const cell = (rule: RuleRow) =>
      rule.status === 'in_effect' ? (
        actions(rule)
      ) : (
        <Typography.Text type="secondary" data-testid={`rule-locked-${rule.key}`}>
          {t('rules.locked')}
        </Typography.Text>
      );
    columns.push(column.display({ id: 'actions', header: t('rules.columns.actions'), cell: (c) => cell(c.row.original), meta: { noExport: true, nowrap: true } }));
  }

  return (
    <DataTable<RuleRow>
      {...props}
      columns={columns}
      {...list}
      getRowId={(r) => r.key}
      filters={
        <Select
          allowClear
          aria-label={t('rules.columns.area')}
          placeholder={t('rules.columns.area')}
          value={area}
          onChange={(value?: string) => {
            setArea(value);
            list.onQueryChange({ ...list.query, page: 1 });
          }}
          options={AREAS.map((value) => ({ value, label: t(`rules.area.${value}`) }))}
          style={{ width: 140 }}
          data-testid="rule-area-filter"
        />
      }
    />
  );
}
