import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { currentLanguage, i18n } from './i18n';

let following = false;

/**
 * dayjs (antd's pickers, the screens' dates) speaks the app's language. Called by AntdProvider: every
 * screen that uses dayjs is an antd screen, so the phone shell's first download carries no dayjs (decision 78).
 */
export function followLanguageWithDayjs(): void {
  if (following) return;
  following = true;
  const apply = () => void dayjs.locale(currentLanguage() === 'en' ? 'en' : 'zh-cn');
  apply();
  i18n.on('languageChanged', apply);
}
