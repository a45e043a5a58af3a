import { useTranslation } from 'react-i18next';
import { GridEventList, WORK_NS } from '@pcs/work-ui';

/** The township grid office's events: overdue first, saved filters, accept, dispatch, verify. */
export function GridEventsPage() {
  const { t } = useTranslation(WORK_NS);
  return <GridEventList title={t('gridEvents.title')} />;
}
