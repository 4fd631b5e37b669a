export { I18nProvider, useBilingual, useLang, useT, type Lang, type Translate } from './i18n-context';
export type { MessageKey } from './zh-CN';
