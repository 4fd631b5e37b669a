import { randomUUID } from 'node:crypto';
import { ApiClient } from '../support/api-client';
import { aContest, join } from '../support/builders';
import { useTestApp, type TestApp } from '../support/test-app';

/** Ids that are not ids. */
const BAD_IDS = ['not-a-uuid', '..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(300), '😀', "1' OR '1'='1"];

/** Bodies a broken or hostile client sends. */
const BAD_BODIES: [string, string][] = [
  ['malformed JSON', '{"questionId": "'],
  ['a bare string', '"hello"'],
  ['an array', '[1,2,3]'],
  ['null', 'null'],
  ['wrong types', JSON.stringify({ title: 42, name: ['x'], joinCode: {}, questionId: true, answer: { a: 1 }, score: 'ten', points: '10', kind: 7, questionIds: 'all' })],
  ['unknown fields', JSON.stringify({ title: 'x', isAdmin: true, __proto__: { polluted: 1 }, constructor: { prototype: { polluted: 1 } } })],
  ['unicode oddities', JSON.stringify({ title: '\u202e\u0000\ud800竞赛\uffff', name: '\u200b', username: '𝕒𝕕𝕞𝕚𝕟', password: '\u0000', joinCode: '💥💥💥💥', reason: '\u0085' })],
  ['deep nesting', '{"a":'.repeat(2000) + '1' + '}'.repeat(2000)],
  ['a huge body', JSON.stringify({ title: 'x'.repeat(300_000) })],
];

interface Route {
  method: string;
  path: string;
}

describe('fuzz: every route answers garbage with a clear 4xx, never a 500, and keeps serving', () => {
  let api: ApiClient;
  let routes: Route[];
  const tokens: Record<string, string | undefined> = {};

  let staff: ApiClient;

  useTestApp((app) => ({ api, admin: staff } = app));
  beforeAll(async () => {
    const fx = await aContest(staff, { teams: ['城东供电所'], types: ['single'] });
    const player = await join(api, fx.contestId, fx.teams[0].joinCode, '张三');
    tokens.none = undefined;
    tokens.admin = staff.token;
    tokens.contestant = player.token;
    // Every route the API documents, from its own OpenAPI description.
    const doc = await api.get('/api/docs-json');
    routes = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(([p, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path: p })),
    );
  });

  it('documents the routes it serves', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes).toContainEqual({ method: 'POST', path: '/api/contests/{id}/submissions' });
  });

  it('never answers 5xx, and every error has {statusCode, error, message}', async () => {
    const failures: string[] = [];
    const check = async (method: string, path: string, body: string | undefined, who: string) => {
      const res = await api.request(method, path, body, { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(tokens[who] ? { authorization: `Bearer ${tokens[who]}` } : {}) });
      const label = `${who} ${method} ${path} ${body?.slice(0, 40) ?? ''} → ${res.status}`;
      if (res.status >= 500) failures.push(label);
      else if (res.status >= 400 && !(res.body && typeof res.body.message === 'string' && res.body.message.length > 0 && res.body.statusCode === res.status)) {
        failures.push(`${label} without a clear message: ${JSON.stringify(res.body).slice(0, 100)}`);
      }
    };
    for (const route of routes) {
      const withIds = (id: string) => route.path.replace(/\{[^}]+\}/g, encodeURIComponent(id).replace(/%25/g, '%'));
      for (const who of ['none', 'contestant', 'admin']) {
        for (const id of [...BAD_IDS, randomUUID()]) await check(route.method, withIds(id), undefined, who);
        if (route.method !== 'GET') {
          for (const [, body] of BAD_BODIES) await check(route.method, withIds(randomUUID()), body, who);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a huge body with 413 and a bad token with 401, then still serves', async () => {
    const huge = await api.request('POST', '/api/auth/login', JSON.stringify({ username: 'x'.repeat(200_000), password: 'y' }), { 'content-type': 'application/json' });
    expect(huge.status).toBe(413);
    expect(huge.body.message).toMatch(/too large/);
    const forged = await api.request('GET', '/api/contests', undefined, { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.' });
    expect(forged.status).toBe(401);
    expect((await api.get('/api/health')).body.status).toBe('ok');
  });
});

describe('per-IP rate limit', () => {
  let t: TestApp;

  useTestApp((app) => ({ t } = app), { RATE_LIMIT_PER_IP: '20' });

  it('answers a flood from one address with 429 and a clear message, then recovers', async () => {
    const api = new ApiClient(t.baseUrl);
    const results = await Promise.all(Array.from({ length: 120 }, () => api.get('/api/health')));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].body).toMatchObject({ statusCode: 429, error: 'Too Many Requests', code: 'RATE_LIMITED', message: expect.stringMatching(/Too many requests/) });
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(40);
    await new Promise((r) => setTimeout(r, 1200));
    expect((await api.get('/api/health')).status).toBe(200);
  });
});
