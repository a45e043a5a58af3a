import { useTranslation } from 'react-i18next';
import { ShellStyles } from '../shell/ShellStyles';
import { LANGUAGES } from './languages';
import { useLanguage } from './useLanguage';

/**
 * Toggles zh-CN / English without antd (the desktop frame and the public pages): both languages,
 * each labelled in its own language so anyone can find theirs. (The phone shell has one button.)
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <div className="dk-seg" role="group" aria-label={t('language.label')} data-testid="language-switch">
      <ShellStyles />
      {LANGUAGES.map((value) => (
        <button key={value} type="button" lang={value} aria-pressed={value === language} onClick={() => void setLanguage(value)}>
          {t(`language.${value}`)}
        </button>
      ))}
    </div>
  );
}
