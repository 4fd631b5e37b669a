/** Reading option keys the way contestants and question banks write them: 'a', 'ＡＢＣ', 'A、C', ['C','a']. */

/** Separators and wrappers around option letters: 'A、C', '(B)', 'A,B', 'B.'. */
const KEY_NOISE = /[\s、，,;；。.:：/|()（）[\]【】]/g;

/**
 * Option letters, upper case, de-duplicated and sorted; null when the text holds anything but letters
 * and separators (e.g. '优质' typed into a choice question).
 */
export function parseChoiceKeys(value: string | string[]): string[] | null {
  const parts = Array.isArray(value) ? value : [value];
  const letters = new Set<string>();
  for (const part of parts) {
    const cleaned = part.normalize('NFKC').toUpperCase().replace(KEY_NOISE, '');
    if (!/^[A-Z]*$/.test(cleaned)) return null;
    for (const letter of cleaned) letters.add(letter);
  }
  return [...letters].sort();
}
