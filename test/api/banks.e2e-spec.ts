import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { QuestionBankEntity, QuestionEntity } from '../../apps/api/src/database/entities';
import { ApiClient } from '../support/api-client';

import { useTestApp, type TestApp } from '../support/test-app';

const ROOT = path.resolve(__dirname, '..', '..');

function upload(file: Buffer, name: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

describe('question banks: import the papers users already have', () => {
  let t: TestApp;
  let api: ApiClient;
  let staff: ApiClient;

  useTestApp((app) => ({ t, api, admin: staff } = app));

  it('imports the sample paper as a file upload, with warnings by line, and lists, searches and filters it', async () => {
    const paper = readFileSync(path.join(ROOT, 'data/question-bank/sample-paper.txt'));
    const res = await staff.post('/api/banks/import', upload(paper, 'sample-paper.txt', { name: '示例试卷' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ imported: 158, drafts: 3, byType: { single: 37, multiple: 15, blank: 16, short: 90, truefalse: 0 } });
    expect(res.body.warnings.some((w: { line: number }) => w.line === 39)).toBe(true);

    const all = await staff.get(`/api/banks/${res.body.bankId}/questions`);
    expect(all.body).toHaveLength(158);
    expect(all.body[0]).toMatchObject({ type: 'blank', source: { line: 3 } });
    const multiples = await staff.get(`/api/banks/${res.body.bankId}/questions?type=multiple`);
    expect(multiples.body).toHaveLength(15);
    expect(multiples.body.every((q: { type: string }) => q.type === 'multiple')).toBe(true);
    const search = await staff.get(`/api/banks/${res.body.bankId}/questions?search=${encodeURIComponent('首问负责制')}`);
    expect(search.body.length).toBeGreaterThanOrEqual(2);
    const drafts = await staff.get(`/api/banks/${res.body.bankId}/questions?draft=true`);
    expect(drafts.body).toHaveLength(3);

    // Fix a draft's missing answer in place: it stops being a draft.
    const draft = drafts.body.find((q: { type: string }) => q.type === 'blank');
    const fixed = await staff.patch(`/api/questions/${draft.id}`, { blanks: [['热心'], ['耐心'], ['细心'], ['诚心'], ['用心']] });
    expect(fixed.status).toBe(200);
    expect(fixed.body.draft).toBeUndefined();
    expect((await staff.get(`/api/banks/${res.body.bankId}/questions?draft=true`)).body).toHaveLength(2);
    const banks = await staff.get('/api/banks');
    expect(banks.body.find((b: { id: string }) => b.id === res.body.bankId)).toMatchObject({ name: '示例试卷', questionCount: 158 });
  });

  it('previews an import with ?dryRun=true (nothing saved), then confirms the reviewed questions as JSON', async () => {
    const db = t.app.get(DataSource);
    const before = await db.getRepository(QuestionBankEntity).count();
    const paper = readFileSync(path.join(ROOT, 'data/question-bank/sample-paper.txt'));
    const preview = await staff.post('/api/banks/import?dryRun=true', upload(paper, 'sample-paper.txt'));
    expect(preview.status).toBe(201);
    expect(preview.body).toMatchObject({ dryRun: true, bankId: null, imported: 158, drafts: 3 });
    expect(preview.body.questions).toHaveLength(158);
    expect(await db.getRepository(QuestionBankEntity).count()).toBe(before);

    // The organizer fixes a draft in the preview and confirms.
    const questions = preview.body.questions.map((q: { draft?: boolean; type: string }) =>
      q.draft && q.type === 'blank' ? { ...q, draft: undefined, blanks: [['热心'], ['耐心'], ['细心'], ['诚心'], ['用心']] } : q,
    );
    const content = JSON.stringify({ format: 'jingsai-question-bank', version: 1, name: '示例（已校对）', questions });
    const confirmed = await staff.post('/api/banks/import', { format: 'json', content, name: '示例（已校对）' });
    expect(confirmed.body).toMatchObject({ dryRun: false, imported: 158, drafts: 2 });
    expect(await db.getRepository(QuestionBankEntity).count()).toBe(before + 1);
  });

  it('imports the xlsx template and the JSON export of a bank', async () => {
    const xlsx = readFileSync(path.join(ROOT, 'data/templates/question-bank-template.xlsx'));
    const res = await staff.post('/api/banks/import', upload(xlsx, 'question-bank-template.xlsx'));
    expect(res.status).toBe(201);
    expect(res.body.imported).toBeGreaterThanOrEqual(5);
    const json = readFileSync(path.join(ROOT, 'data/question-bank/sample-paper.json'), 'utf8');
    const fromJson = await staff.post('/api/banks/import', { format: 'json', content: json, name: 'JSON' });
    expect(fromJson.status).toBe(201);
    expect(fromJson.body.imported).toBe(158);
  });

  it.each([
    ['an empty file', upload(Buffer.alloc(0), 'empty.txt')],
    ['a binary file', upload(Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]), 'photo.jpg')],
    ['an unknown format', upload(Buffer.from('hello'), 'paper.pdf')],
    ['prose with no question', upload(Buffer.from('供电所作为国家电网公司最基层的一级组织机构，直接服务于用电客户。\n这是一篇文章。'), 'article.txt')],
    ['a broken xlsx', upload(Buffer.from('PK\u0003\u0004 not really a zip'), 'bank.xlsx')],
  ])('refuses %s with 422 {errors:[{line, message}]} and saves nothing', async (_what, form) => {
    const db = t.app.get(DataSource);
    const [banksBefore, questionsBefore] = [await db.getRepository(QuestionBankEntity).count(), await db.getRepository(QuestionEntity).count()];
    const res = await staff.post('/api/banks/import', form);
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
    expect(res.body.errors.length).toBeGreaterThan(0);
    expect(res.body.errors[0]).toEqual({ line: expect.any(Number), message: expect.stringMatching(/ \/ /) });
    expect(await db.getRepository(QuestionBankEntity).count()).toBe(banksBefore);
    expect(await db.getRepository(QuestionEntity).count()).toBe(questionsBefore);
  });

  it('explains a body that is neither a file nor {format, content, name}', async () => {
    const res = await staff.post('/api/banks/import', { content: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/multipart "file"/);
  });

  it('keeps answer keys from contestants and other organizers', async () => {
    const res = await staff.post('/api/banks/import', { format: 'text', content: '1.优质服务八字方针是______、______。\n优质、方便', name: '小题库' });
    expect((await api.get(`/api/banks/${res.body.bankId}/questions`)).status).toBe(401);
    await staff.post('/api/users', { username: 'other-org', password: 'other-password', role: 'organizer' });
    const other = api.as((await api.post('/api/auth/login', { username: 'other-org', password: 'other-password' })).body.accessToken);
    expect((await other.get(`/api/banks/${res.body.bankId}/questions`)).status).toBe(403);
  });
});
