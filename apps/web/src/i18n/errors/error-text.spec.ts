import { describe, expect, it } from '@jest/globals';
import { ERRORS } from '@jingsai/domain';
import { ERRORS_EN } from './en';
import type { Lang } from '../current-lang';
import { errorBodyText, errorText, type ErrorBodyText } from './error-text';
import { ERRORS_ZH_CN } from './zh-CN';

describe('error texts by code', () => {
  it('has both texts for every code of the catalogue', () => {
    for (const code of Object.keys(ERRORS) as (keyof typeof ERRORS)[]) {
      expect([code, ERRORS_ZH_CN[code]]).toEqual([code, expect.stringMatching(/[\u4e00-\u9fff]/)]);
      expect([code, ERRORS_EN[code]]).toEqual([code, expect.stringMatching(/^[\x20-\x7e“”]+$/)]);
    }
  });

  it.each<[string, ErrorBodyText, Lang, string]>([
    ['a known code, in Chinese', { message: 'x / y', code: 'SUBMISSION_TOO_LATE' }, 'zh-CN', '已超过作答时间'],
    ['a known code, in English', { message: 'x / y', code: 'SUBMISSION_TOO_LATE' }, 'en', 'Too late: the question is closed'],
    ['params filled in', { message: 'x / y', code: 'TEAM_NAME_TAKEN', params: { name: '一所' } }, 'en', 'Team "一所" already exists'],
    ['an unknown code: the half of the server message', { message: '新的拒绝 / A new refusal', code: 'FROM_A_NEWER_SERVER' }, 'en', 'A new refusal'],
    ['no code: the server message', { message: '新的拒绝 / A new refusal' }, 'zh-CN', '新的拒绝'],
    [
      'validation: the server message, per check',
      { message: 'name 必填 / name should not be empty; pin 须为文本 / pin must be a string', code: 'VALIDATION_FAILED' },
      'en',
      'name should not be empty; pin must be a string',
    ],
  ])('%s', (_name, body, lang, expected) => {
    expect(errorBodyText(body, lang)).toBe(expected);
  });

  it('reads an API error by its body and anything else by its message', () => {
    const apiError = Object.assign(new Error('轮次不存在 / Round not found'), { body: { statusCode: 404, message: '轮次不存在 / Round not found', code: 'ROUND_NOT_FOUND' } });
    expect(errorText(apiError, 'en')).toBe('Round not found');
    expect(errorText(new Error('无法连接服务器 / Cannot reach the server'), 'zh-CN')).toBe('无法连接服务器');
  });
});
