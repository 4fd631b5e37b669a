/**
 * The HTTP layer's own edges on Fastify: bodies (empty, bare, unknown type, too big per route), multipart
 * imports that break the rules, paths with a trailing slash, and the web app beside the API.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiClient } from '../support/api-client';
import { useTestApp } from '../support/test-app';

const webDist = mkdtempSync(path.join(tmpdir(), 'jingsai-web-'));
mkdirSync(path.join(webDist, 'assets'));
writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>竞赛</title><div id="root"></div>');
writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("app")');

const PAPER = '一、单选题\n1. 柜面服务应当（ ）。\nA. 热情 B. 冷淡\n答案：A\n';

function paperForm(files: Array<[field: string, content: string | Uint8Array, name: string]>): FormData {
  const form = new FormData();
  for (const [field, content, name] of files) form.append(field, new Blob([typeof content === 'string' ? content : new Uint8Array(content)]), name);
  return form;
}

describe('HTTP edges', () => {
  let api: ApiClient;
  let admin: ApiClient;
  let baseUrl: string;
  useTestApp((app) => ({ api, admin, t: { baseUrl } } = app), { WEB_DIST: webDist });

  it('reads an empty JSON body as {} and refuses a bare value or malformed JSON as INVALID_JSON', async () => {
    const empty = await api.request('POST', '/api/auth/login', '', { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED'); // the body was read ({}), then its fields were checked
    for (const bare of ['"hello"', '42', 'null', '{"username":']) {
      const res = await api.request('POST', '/api/auth/login', bare, { 'content-type': 'application/json' });
      expect({ bare, status: res.status, code: res.body.code }).toEqual({ bare, status: 400, code: 'INVALID_JSON' });
    }
  });

  it('refuses a body type it does not read with 415, in the catalogue words', async () => {
    const res = await api.request('POST', '/api/auth/login', 'username=admin', { 'content-type': 'text/plain' });
    expect(res.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.body.message).toMatch(/不支持.* \/ Unsupported content type/);
  });

  it('allows a pasted paper megabytes long on the import route only', async () => {
    const long = PAPER + '说明。'.repeat(200_000); // ~1.8 MB: over the 100 kB default, under the import's 6 MB
    const imported = await admin.post('/api/banks/import?dryRun=true', { format: 'text', content: long, name: '长试卷' });
    expect(imported.body).toMatchObject({ dryRun: true, imported: 1 });
    const elsewhere = await admin.post('/api/contests', { name: long.slice(0, 200_000) });
    expect(elsewhere.body).toMatchObject({ statusCode: 413, code: 'BODY_TOO_LARGE' });
  });

  it('imports a multipart paper with its fields, and refuses a stray field, a second file and an oversized one, saving nothing', async () => {
    const banksBefore = (await admin.get('/api/banks')).body.length;
    const form = paperForm([['file', PAPER, 'paper.txt']]);
    form.append('name', '上传的试卷');
    const ok = await admin.post('/api/banks/import?dryRun=true', form);
    expect(ok.body).toMatchObject({ dryRun: true, action: 'preview', name: '上传的试卷', imported: 1, byType: { single: 1 } });

    const stray = await admin.post('/api/banks/import', paperForm([['paper', PAPER, 'paper.txt']]));
    expect(stray.body).toMatchObject({ statusCode: 400, code: 'BANK_IMPORT_BAD_BODY' });
    expect(stray.body.message).toMatch(/"paper"/);

    const two = await admin.post('/api/banks/import', paperForm([['file', PAPER, 'a.txt'], ['file', PAPER, 'b.txt']]));
    expect(two.body).toMatchObject({ statusCode: 413, code: 'BANK_IMPORT_TOO_LARGE' });

    const huge = await admin.post('/api/banks/import', paperForm([['file', new Uint8Array(21 * 1024 * 1024).fill(65), 'huge.txt']]));
    expect(huge.body).toMatchObject({ statusCode: 413, code: 'BANK_IMPORT_TOO_LARGE' });
    expect(huge.body.message).toMatch(/20 MB/);

    expect((await admin.get('/api/banks')).body).toHaveLength(banksBefore);
  });

  it('answers a path with a trailing slash as without one', async () => {
    expect((await api.get('/api/health/live/')).body).toEqual({ status: 'ok' });
  });

  it('serves the web app: its files, index.html for its own routes, JSON 404s for the API', async () => {
    const script = await fetch(`${baseUrl}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toMatch(/max-age=3600/);
    for (const route of ['/', '/join/ABC123', '/contests/x/screen']) {
      const page = await fetch(`${baseUrl}${route}`);
      expect({ route, status: page.status, type: page.headers.get('content-type') }).toEqual({ route, status: 200, type: 'text/html; charset=utf-8' });
      expect(await page.text()).toContain('<div id="root">');
    }
    const missing = await api.get('/api/no-such-route');
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'REQUEST_REFUSED' });
    expect((await fetch(`${baseUrl}/admin/queues`)).status).toBe(401);
  });
});
