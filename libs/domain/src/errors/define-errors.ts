/**
 * One catalogue entry: every refusal the API can answer has a code, an HTTP status and its text in
 * both languages. `{name}` in a text is filled from the error's params. The API's message is
 * "中文 / English"; the web shows the text for its language from the code.
 */
export interface ErrorEntry {
  status: number;
  zh: string;
  en: string;
  /** The message is composed where the error happens (per field, per line): clients show the server's message. */
  detailed?: boolean;
  /** What the entry is for, when its name does not say it all. */
  note?: string;
}

export type ErrorParams = Record<string, string | number>;

/** Declares one feature's codes; keeps the literal keys so a misspelt code fails to compile. */
export function defineErrors<T extends Record<string, ErrorEntry>>(entries: T): T {
  return entries;
}

/** Fills `{name}` placeholders; an unknown name stays as written. */
export function fillErrorText(text: string, params: ErrorParams = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
