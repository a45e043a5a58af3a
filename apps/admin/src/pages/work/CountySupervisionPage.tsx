import { useTranslation } from 'react-i18next';
import { RectificationList, SuggestionList, WORK_NS, WorkScopeContext, WorkTabs } from '@pcs/work-ui';

/**
 * The standing committee's supervision across townships: every township's suggestions and
 * rectification tasks, overdue first, to key-supervise (重点督办) and urge (催办).
 */
export function CountySupervisionPage() {
  const { t } = useTranslation(WORK_NS);
  return (
    <WorkScopeContext.Provider value="county">
      <WorkTabs title={t('menu.countySupervision')} suggestions={<SuggestionList title={t('suggestions.countyTitle')} />} rectifications={<RectificationList />} />
    </WorkScopeContext.Provider>
  );
}
