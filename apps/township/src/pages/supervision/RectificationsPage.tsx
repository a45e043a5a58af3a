import { useTranslation } from 'react-i18next';
import { RectificationList, WORK_NS } from '@pcs/work-ui';

/** The office's rectification tasks, deliberation opinions and forwarded petitions. */
export function RectificationsPage() {
  const { t } = useTranslation(WORK_NS);
  return <RectificationList title={t('rectifications.title')} />;
}
