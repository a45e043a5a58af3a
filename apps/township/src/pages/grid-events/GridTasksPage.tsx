import { useTranslation } from 'react-i18next';
import { GridEventList, WORK_NS } from '@pcs/work-ui';

/** A handling unit's grid events: those dispatched to it (the server shows a handler nothing else). */
export function GridTasksPage() {
  const { t } = useTranslation(WORK_NS);
  return <GridEventList title={t('menu.gridTasks')} />;
}
