import { isResultVisible, resultVisibilityOf, type ResultVisibility } from './result-visibility';

describe('resultVisibilityOf', () => {
  it.each<[string, Parameters<typeof resultVisibilityOf>[0], ResultVisibility]>([
    ['a written round waits for its end', { kind: 'written' }, 'after-round'],
    ['a required round waits for the close', { kind: 'required' }, 'after-close'],
    ['a buzzer round waits for the close', { kind: 'buzzer' }, 'after-close'],
    ['a risk round waits for the close', { kind: 'risk' }, 'after-close'],
    ['a speed round waits for the close', { kind: 'speed' }, 'after-close'],
    ['the setting wins', { kind: 'written', resultVisibility: 'immediately' }, 'immediately'],
  ])('%s', (_name, settings, expected) => expect(resultVisibilityOf(settings)).toBe(expected));
});

describe('isResultVisible', () => {
  it.each<[ResultVisibility, boolean, boolean, boolean]>([
    ['immediately', false, false, true],
    ['after-close', false, false, false],
    ['after-close', true, false, true],
    ['after-close', false, true, true],
    ['after-round', true, false, false],
    ['after-round', true, true, true],
  ])('%s, question closed %s, round ended %s → %s', (visibility, questionClosed, roundEnded, expected) => {
    expect(isResultVisible(visibility, { questionClosed, roundEnded })).toBe(expected);
  });
});
