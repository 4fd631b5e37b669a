import { bilingualErrorText, ERROR_CATALOGUES, ERRORS, errorTextOf, fillErrorText, isErrorCode } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the error catalogue', () => {
  it('declares every code in exactly one feature', () => {
    const seen = new Map<string, string>();
    for (const [feature, entries] of Object.entries(ERROR_CATALOGUES)) {
      for (const code of Object.keys(entries)) {
        expect(`${code} in ${feature}`).toBe(`${code} in ${seen.get(code) ?? feature}`);
        seen.set(code, feature);
      }
    }
    expect(seen.size).toBe(Object.keys(ERRORS).length);
  });

  it.each(Object.entries(ERRORS))('%s has an HTTP error status, both texts, and Chinese names no param English lacks', (code, entry) => {
    expect(code).toMatch(/^[A-Z][A-Z_]+[A-Z]$/);
    expect(entry.status).toBeGreaterThanOrEqual(400);
    expect(entry.status).toBeLessThan(600);
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.en).toMatch(/^[\x20-\x7e“”]+$/);
    // The API joins the two with " / ": neither half may contain it, or clients could not tell them apart.
    expect(entry.zh).not.toContain(' / ');
    expect(entry.en).not.toContain(' / ');
    // Chinese may leave out a list the English gives (ids) and may use its own labels (`fromLabel`).
    const english = placeholders(entry.en);
    expect(placeholders(entry.zh).filter((p) => !english.includes(p) && !p.endsWith('Label'))).toEqual([]);
  });

  it('fills params in both languages and says the message as "中文 / English"', () => {
    expect(errorTextOf('TEAM_FULL', 'zh', { team: '城东所', cap: 5 })).toBe('城东所已满员（5 人），请联系组织者');
    expect(errorTextOf('TEAM_FULL', 'en', { team: '城东所', cap: 5 })).toBe('城东所 is full (5 members): ask the organizer');
    expect(bilingualErrorText('SUBMISSION_TOO_LATE')).toBe('已超过作答时间 / Too late: the question is closed');
    expect(fillErrorText('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('knows its own codes only', () => {
    expect(isErrorCode('ROUND_NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode(42)).toBe(false);
  });
});
