import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './languages';
import { useLanguage } from './useLanguage';

/** Toggles zh-CN / English; each option is labelled in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      data-testid="language-switch"
      size="small"
      value={language}
      onChange={(value) => void setLanguage(value)}
      options={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
    />
  );
}
