import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATROL_FREQUENCY_LABELS, type PatrolCoverage } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { GRID_NS } from '../../i18n/grid';

const COLORS = { met: 'green', short: 'red', on_track: 'blue', not_configured: 'default' } as const;

/** One period's patrol coverage: its status against the rule, and the counts behind it on hover and beside it. */
export function CoverageTag({ coverage, label, testId }: { coverage: PatrolCoverage; label: string; testId?: string }) {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const rule = coverage.frequency ? t('coverage.rule', { frequency: pick(PATROL_FREQUENCY_LABELS[coverage.frequency]) }) : t('coverage.notConfigured');
  const detail = coverage.status === 'not_configured' ? t('coverage.notConfigured') : t('coverage.detail', { ...coverage });
  return (
    <Tooltip title={`${rule}；${detail}${coverage.missed ? `；${t('coverage.missed', { missed: coverage.missed })}` : ''}`}>
      <Tag color={COLORS[coverage.status]} data-testid={testId} data-status={coverage.status} style={{ marginInlineEnd: 0 }}>
        {label} {coverage.patrols} · {t(`overview.status.${coverage.status}`)}
      </Tag>
    </Tooltip>
  );
}
