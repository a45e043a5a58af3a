import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { NS } from '../i18n/texts';

/** Shown when a page is opened by URL without the permission its menu item requires. */
export function Forbidden() {
  const { t } = useTranslation(NS);
  return (
    <div data-testid="forbidden">
      <Result status="403" title={t('session.forbiddenTitle')} subTitle={t('session.forbiddenBody')} />
    </div>
  );
}
