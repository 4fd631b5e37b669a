import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsString, Length, Matches, Max, Min, ValidateNested, validate } from 'class-validator';
import { validationMessage } from './validation-messages';

class Blank {
  @IsArray() @ArrayMaxSize(2) answers!: string[];
}

class Sample {
  @IsString() @Length(2, 8) username!: string;
  @IsInt() @Min(0) @Max(100) points!: number;
  @IsIn(['a', 'b']) kind!: string;
  @Matches(/^\d+$/, { message: 'PIN 为数字 / pin must be digits' }) pin!: string;
  @ValidateNested({ each: true }) @Type(() => Blank) blanks!: Blank[];
}

async function messageFor(body: Record<string, unknown>): Promise<string> {
  const valid = { username: 'abc', points: 1, kind: 'a', pin: '1234', blanks: [] };
  return validationMessage(await validate(plainToInstance(Sample, { ...valid, ...body }), { whitelist: true, forbidNonWhitelisted: true }));
}

describe('validationMessage: every failed check in Chinese and English', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['too short', { username: 'a' }, 'username 至少 2 个字符 / username must be longer than or equal to 2 characters'],
    ['too long', { username: 'abcdefghij' }, 'username 最多 8 个字符 / username must be shorter than or equal to 8 characters'],
    ['below the minimum', { points: -1 }, 'points 不能小于 0 / points must not be less than 0'],
    ['above the maximum', { points: 101 }, 'points 不能大于 100 / points must not be greater than 100'],
    ['not a listed value', { kind: 'c' }, 'kind 须为以下之一：a, b / kind must be one of the following values: a, b'],
    ['a message of its own, kept', { pin: 'x' }, 'PIN 为数字 / pin must be digits'],
    ['an unknown field', { extra: 1 }, '不认识的字段 extra / property extra should not exist'],
    ['a nested field, named by its path', { blanks: [{ answers: ['1', '2', '3'] }] }, 'blanks.0.answers 最多 2 项 / answers must contain no more than 2 elements'],
  ])('%s', async (_name, body, expected) => {
    expect(await messageFor(body)).toBe(expected);
  });

  it('joins several failed checks with "; " so clients pick a language per check', async () => {
    const message = await messageFor({ username: 1, points: 1.5 });
    expect(message.split('; ')).toEqual([
      'username 须为 2–8 个字符 / username must be longer than or equal to 2 and shorter than or equal to 8 characters',
      'username 须为文本 / username must be a string',
      'points 须为整数 / points must be an integer number',
    ]);
  });
});
