import { useTranslation } from 'react-i18next';
import { RectificationList, WORK_NS, WorkTabs } from '@pcs/work-ui';
import { SuggestionsPage } from '../suggestions/SuggestionsPage';

/** A handling unit's work: the suggestions and the rectification tasks assigned to it. */
export function AssignedPage() {
  const { t } = useTranslation(WORK_NS);
  return <WorkTabs title={t('menu.assigned')} suggestions={<SuggestionsPage mode="handler" />} rectifications={<RectificationList />} />;
}
