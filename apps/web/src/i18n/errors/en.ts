import { dictionaryOf } from './dictionary';

/** Error texts in English, by code. Derived from the catalogue, so the web and the API cannot drift. */
export const ERRORS_EN = dictionaryOf('en');
