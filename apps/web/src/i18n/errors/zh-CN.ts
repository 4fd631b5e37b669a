import { dictionaryOf } from './dictionary';

/** Error texts in Chinese, by code. Derived from the catalogue, so the web and the API cannot drift. */
export const ERRORS_ZH_CN = dictionaryOf('zh');
