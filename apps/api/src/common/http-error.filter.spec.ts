import { HttpException, NotFoundException } from '@nestjs/common';
import { AppError } from './app-error';
import { errorBody } from './http-error.filter';

describe('errorBody: every error as {statusCode, error, message, code}', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    [
      'a catalogue code: status and bilingual text from the catalogue',
      new AppError('SUBMISSION_TOO_LATE', {}, { submissionId: 's1' }),
      { statusCode: 409, error: 'Conflict', message: '已超过作答时间 / Too late: the question is closed', code: 'SUBMISSION_TOO_LATE', submissionId: 's1' },
    ],
    [
      'params fill the text and go along for clients that word it themselves',
      new AppError('TEAM_NAME_TAKEN', { name: '一所' }),
      { statusCode: 409, error: 'Conflict', message: '队伍“一所”已存在 / Team "一所" already exists', code: 'TEAM_NAME_TAKEN', params: { name: '一所' } },
    ],
    [
      'a detailed message (validation per field) is kept as composed',
      AppError.detailed('VALIDATION_FAILED', 'name 必填 / name should not be empty'),
      { statusCode: 400, error: 'Bad Request', message: 'name 必填 / name should not be empty', code: 'VALIDATION_FAILED' },
    ],
    ['a not-found code', new AppError('ROUND_NOT_FOUND'), { statusCode: 404, error: 'Not Found', message: '轮次不存在 / Round not found', code: 'ROUND_NOT_FOUND' }],
    [
      "the framework's own refusal keeps its status",
      new NotFoundException('Cannot GET /api/nothing'),
      { statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/nothing', code: 'REQUEST_REFUSED' },
    ],
    [
      "Fastify's body limit, as Nest hands it on",
      new HttpException('Request body is too large', 413),
      { statusCode: 413, error: 'Payload Too Large', message: '请求体过大 / Request body is too large', code: 'BODY_TOO_LARGE' },
    ],
    [
      'a content type nothing parses',
      new HttpException('Unsupported Media Type', 415),
      { statusCode: 415, error: 'Unsupported Media Type', message: '不支持的请求内容类型：请发送 JSON 或上传文件 / Unsupported content type: send JSON or upload a file', code: 'UNSUPPORTED_MEDIA_TYPE' },
    ],
    [
      'anything else is a 500 that leaks nothing',
      new TypeError('secret is undefined'),
      { statusCode: 500, error: 'Internal Server Error', message: '服务器内部错误 / Internal server error', code: 'INTERNAL_ERROR' },
    ],
  ])('%s', (_name, exception, expected) => {
    expect(errorBody(exception)).toEqual(expected);
  });
});
