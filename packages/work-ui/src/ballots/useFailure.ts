import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError, useLanguage } from '@pcs/ui';
import { EVALUATION_NS } from '../i18n/evaluation';

/** A refused call's own words (zh-CN or English), else a plain "failed". */
export function useFailure() {
  const { message } = App.useApp();
  const { pick } = useLanguage();
  const { t } = useTranslation(EVALUATION_NS);
  return (error: unknown) => {
    const info = describeError(error);
    void message.error(info.messages ? pick(info.messages) : t('failed'));
  };
}
