import { useState } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyServerErrors, useLanguage } from '@pcs/ui';
import { DNS } from '../../../i18n/texts';

/**
 * The submit step of a form: run the save, say "saved", or put the API's field issues on the
 * fields (and anything else in the drawer's alert).
 */
export function useSaveForm<T extends FieldValues>(setError: UseFormSetError<T>) {
  const { t } = useTranslation(DNS);
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [formError, setFormError] = useState<unknown>(null);
  const run = async <R,>(save: () => Promise<R>, onSaved: (result: R) => void) => {
    setFormError(null);
    try {
      const result = await save();
      void message.success(t('common.saved'));
      onSaved(result);
    } catch (error) {
      if (!applyServerErrors(error, setError as UseFormSetError<FieldValues>, language)) setFormError(error);
    }
  };
  return { formError, setFormError, run };
}
