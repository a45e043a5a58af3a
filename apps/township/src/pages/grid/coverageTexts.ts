import { useTranslation } from 'react-i18next';
import { PATROL_FREQUENCY_LABELS, type PatrolCoverage } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { GRID_PATROL_NS } from '../../i18n/grid-patrol';

/** One period's patrol coverage in words: the tag's text and the rule and counts behind it (both coverage tags). */
export function useCoverageTexts(coverage: PatrolCoverage, label: string): { text: string; detail: string } {
  const { t } = useTranslation(GRID_PATROL_NS);
  const { pick } = useLanguage();
  const rule = coverage.frequency ? t('coverage.rule', { frequency: pick(PATROL_FREQUENCY_LABELS[coverage.frequency]) }) : t('coverage.notConfigured');
  const counts = coverage.status === 'not_configured' ? t('coverage.notConfigured') : t('coverage.detail', { ...coverage });
  return {
    text: `${label} ${coverage.patrols} · ${t(`coverage.status.${coverage.status}`)}`,
    detail: `${rule}；${counts}${coverage.missed ? `；${t('coverage.missed', { missed: coverage.missed })}` : ''}`,
  };
}
