import { useTranslation } from 'react-i18next';
import { GridEventList, RectificationList, SuggestionList, WORK_NS, WorkScopeContext, WorkTabs } from '@pcs/work-ui';

/** A county department's work (县直部门承办): suggestions, rectification tasks and grid events that reached it from any township. */
export function DepartmentWorkPage() {
  const { t } = useTranslation(WORK_NS);
  return (
    <WorkScopeContext.Provider value="department">
      <WorkTabs title={t('menu.departmentWork')} suggestions={<SuggestionList title={t('suggestions.departmentTitle')} />} rectifications={<RectificationList />} gridEvents={<GridEventList title={t('gridEvents.departmentTitle')} />} />
    </WorkScopeContext.Provider>
  );
}
