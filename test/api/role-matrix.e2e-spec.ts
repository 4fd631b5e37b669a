import { ApiClient, eventually } from '../support/api-client';
import { join, SMALL_PAPER } from '../support/builders';
import { liveSocket, type RecordingSocket } from '../support/live-socket';
import { CONTESTANTS, EVERYONE, type Expectation, MANAGERS, matrixWorld, ORGANIZERS, SIGNED_IN, STAFF, type Who } from '../support/role-matrix-world';
import { useTestApp, type TestApp } from '../support/test-app';

/**
 * Who gets what: every route in the OpenAPI document, called by eight principals with a valid body,
 * and every socket room. A route an allowed principal calls passes the access checks (any status but
 * 401/403); everyone else gets 401, 403 or 404. A route without an expectation here fails the test, so
 * a new route cannot ship without deciding who may call it.
 */
describe('role-by-route matrix', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: ApiClient;
  let client: Record<Who, ApiClient>;
  let ids: Record<string, string>;
  const sockets: RecordingSocket[] = [];
  let counter = 0;
  const unique = (prefix: string) => `${prefix}${++counter}`;

  useTestApp((app) => ({ t, api, admin } = app), { RATE_LIMIT_PER_IP: '0' });
  beforeAll(async () => {
    ({ client, ids } = await matrixWorld(api, admin));
  });
  afterAll(() => {
    for (const s of sockets) s.close();
  });

  const freshMember = async () => {
    const joined = await join(api, ids.contest, ids.codeA, unique('临时'));
    return { memberId: joined.contestantId };
  };
  const freshUser = async () => {
    const created = await client.admin.post('/api/users', { username: unique('matrix-spare-'), password: 'password-123', role: 'judge' });
    return { id: created.body.id };
  };
  const assignedSpare = async () => {
    await client.admin.post(`/api/contests/${ids.contest}/judges`, { userId: ids.spareJudge });
    return { userId: ids.spareJudge };
  };

  const EXPECTED: Record<string, Expectation> = {
    'POST /api/auth/login': { allowed: EVERYONE, body: () => ({ username: 'admin', password: 'admin-password' }) },
    'POST /api/auth/password': { allowed: STAFF, body: () => ({ currentPassword: 'not-my-password', newPassword: 'another-password-1' }) },
    'GET /api/auth/me': { allowed: SIGNED_IN },
    'POST /api/users': { allowed: ['admin'], body: () => ({ username: unique('matrix-user-'), password: 'password-123', role: 'judge' }) },
    'GET /api/users': { allowed: ORGANIZERS },
    'DELETE /api/users/{id}': { allowed: ['admin'], params: freshUser },
    'POST /api/users/{id}/enable': { allowed: ['admin'], params: freshUser },
    'POST /api/users/{id}/password': { allowed: ['admin'], params: freshUser, body: () => ({ password: 'temp-pass-1' }) },
    'POST /api/admin/queue-board/session': { allowed: ['admin'] },
    'PATCH /api/contests/{id}': { allowed: MANAGERS, body: () => ({ title: '矩阵竞赛' }) },
    'DELETE /api/contests/{id}': { allowed: MANAGERS },
    'GET /api/contests/{id}': { allowed: [...MANAGERS, 'judge'] },
    'PATCH /api/contests/{id}/teams/{teamId}': { allowed: MANAGERS, body: () => ({ group: '东区' }) },
    'DELETE /api/contests/{id}/teams/{teamId}': { allowed: MANAGERS },
    'PATCH /api/rounds/{roundId}': { allowed: MANAGERS, body: () => ({ title: '必答题' }) },
    'DELETE /api/rounds/{roundId}': { allowed: MANAGERS },
    'GET /api/contests/{id}/judges': { allowed: MANAGERS },
    'POST /api/contests/{id}/judges': { allowed: MANAGERS, body: () => ({ userId: ids.judge, chief: true }) },
    'DELETE /api/contests/{id}/judges/{userId}': { allowed: MANAGERS, params: assignedSpare },
    'PATCH /api/banks/{id}': { allowed: MANAGERS, body: () => ({ name: '矩阵题库' }) },
    'DELETE /api/banks/{id}': { allowed: MANAGERS },
    'GET /api/health': { allowed: EVERYONE },
    'GET /api/health/live': { allowed: EVERYONE },
    'POST /api/contests': { allowed: ORGANIZERS, body: () => ({ title: '另一场' }) },
    'GET /api/contests': { allowed: STAFF },
    'POST /api/contests/{id}/teams': { allowed: MANAGERS, body: () => ({ name: unique('新队') }) },
    'POST /api/contests/{id}/rounds': { allowed: MANAGERS, body: () => ({ title: '新轮', kind: 'required', questionIds: [ids.question], secondsPerQuestion: 30 }) },
    'GET /api/contests/{id}/live': { allowed: EVERYONE },
    'GET /api/contests/{id}/leaderboard': { allowed: EVERYONE },
    'POST /api/rounds/{roundId}/questions/{questionId}/open': { allowed: MANAGERS, body: () => ({}) },
    'POST /api/rounds/{roundId}/questions/{questionId}/pause': { allowed: MANAGERS },
    'POST /api/rounds/{roundId}/questions/{questionId}/resume': { allowed: MANAGERS },
    'POST /api/rounds/{roundId}/questions/{questionId}/close': { allowed: MANAGERS },
    'POST /api/contests/{id}/submissions': { allowed: CONTESTANTS, body: () => ({ questionId: ids.question, answer: '接待' }) },
    'GET /api/submissions/{id}': { allowed: ['teamA', 'judge', ...MANAGERS] },
    'POST /api/contests/{id}/buzz': { allowed: CONTESTANTS, body: () => ({ questionId: ids.question }) },
    'POST /api/contests/{id}/stakes': { allowed: CONTESTANTS, body: () => ({ questionId: ids.question, points: 10 }) },
    'POST /api/contests/{id}/adjustments': { allowed: MANAGERS, body: () => ({ teamId: ids.teamA, points: 1, reason: '矩阵' }) },
    'POST /api/contests/{id}/freeze': { allowed: MANAGERS, body: () => ({}) },
    'POST /api/contests/{id}/unfreeze': { allowed: MANAGERS },
    'POST /api/rounds/{roundId}/questions/{questionId}/extend': { allowed: MANAGERS, body: () => ({ seconds: 10 }) },
    'POST /api/rounds/{roundId}/questions/{questionId}/reveal': { allowed: MANAGERS },
    'GET /api/rounds/{roundId}/questions/{questionId}/status': { allowed: MANAGERS },
    'GET /api/contests/{id}/results.xlsx': { allowed: MANAGERS },
    'GET /api/contests/{id}/analysis': { allowed: MANAGERS },
    'PATCH /api/contests/{id}/analysis/settings': { allowed: MANAGERS, body: () => ({ optionSharesOnScreen: true }) },
    // Public (the big screen): a closed question's option bar, or why it is hidden.
    'GET /api/contests/{id}/questions/{questionId}/option-shares': { allowed: EVERYONE },
    'POST /api/rounds/{roundId}/paper/open': { allowed: MANAGERS },
    'POST /api/rounds/{roundId}/paper/close': { allowed: MANAGERS },
    'GET /api/contests/{id}/papers': { allowed: [...CONTESTANTS, 'judge', ...MANAGERS] },
    'POST /api/rounds/{roundId}/paper': { allowed: CONTESTANTS },
    'GET /api/rounds/{roundId}/paper': { allowed: CONTESTANTS },
    'POST /api/rounds/{roundId}/paper/answers': { allowed: CONTESTANTS, body: () => ({ questionId: ids.question, answer: '接待' }) },
    'POST /api/rounds/{roundId}/paper/submit': { allowed: CONTESTANTS },
    'PATCH /api/contests/{id}/settings': { allowed: MANAGERS, body: () => ({ baseScore: 0 }) },
    'GET /api/contests/{id}/tie-breaks': { allowed: MANAGERS },
    'POST /api/contests/{id}/lifelines': { allowed: CONTESTANTS, body: () => ({ kind: 'think-tank', questionId: ids.question }) },
    'GET /api/contests/{id}/lifelines': { allowed: CONTESTANTS },
    'GET /api/banks': { allowed: ORGANIZERS },
    'GET /api/banks/{id}/questions': { allowed: MANAGERS },
    'PATCH /api/questions/{id}': { allowed: MANAGERS, body: () => ({ points: 20 }) },
    'POST /api/banks/import': { allowed: ORGANIZERS, body: () => ({ format: 'text', content: SMALL_PAPER, name: unique('矩阵导入') }) },
    'GET /api/banks/templates/question-bank.xlsx': { allowed: EVERYONE },
    'GET /api/banks/templates/question-bank.txt': { allowed: EVERYONE },
    'GET /api/contests/{id}/reviews': { allowed: ['judge', ...MANAGERS] },
    'POST /api/reviews/{submissionId}': { allowed: ['judge'], body: () => ({ score: 5 }) },
    'POST /api/reviews/{submissionId}/return': { allowed: ['judge'], body: () => ({ reason: '矩阵' }) },
    'POST /api/rounds/{roundId}/reviews/publish': { allowed: ['judge'] },
    'GET /api/contests/{id}/questions': { allowed: MANAGERS },
    'POST /api/contests/{id}/questions/{questionId}/rejudge': { allowed: MANAGERS, body: () => ({ dryRun: true }) },
    'POST /api/rounds/{roundId}/grading': { allowed: MANAGERS, body: () => ({ strict: true, dryRun: true }) },
    'GET /api/join/{joinCode}': { allowed: EVERYONE },
    'POST /api/join': { allowed: EVERYONE, body: () => ({ joinCode: ids.codeA, name: '甲一' }) },
    'POST /api/contests/{id}/join': { allowed: EVERYONE, body: () => ({ joinCode: ids.codeA, name: '甲一' }) },
    'POST /api/contests/{id}/join-requests/{requestId}/claim': { allowed: EVERYONE, body: () => ({ secret: 'matrix-phone-secret-0001' }) },
    'GET /api/contests/{id}/members': { allowed: MANAGERS },
    'POST /api/join-requests/{requestId}/decision': { allowed: MANAGERS, body: () => ({ approve: false }) },
    'PUT /api/contests/{id}/teams/{teamId}/roster': { allowed: MANAGERS, body: () => ({ names: ['丙一', '丙二'] }), params: async () => ({ teamId: ids.teamC }) },
    'POST /api/contests/{id}/members/{memberId}/pin': { allowed: MANAGERS, params: async () => ({ memberId: ids.memberA }) },
    'DELETE /api/contests/{id}/members/{memberId}': { allowed: MANAGERS, params: freshMember },
    'POST /api/submissions/{id}/appeals': { allowed: ['teamA'], body: () => ({ reason: '矩阵' }) },
    'GET /api/contests/{id}/appeals': { allowed: ['judge', ...MANAGERS] },
    'GET /api/contests/{id}/appeals/mine': { allowed: CONTESTANTS },
    'POST /api/appeals/{id}/decision': { allowed: ['judge', ...MANAGERS], body: () => ({ accept: false, reply: '矩阵' }) },
    'PATCH /api/contests/{id}/appeal-settings': { allowed: MANAGERS, body: () => ({ showOnScreen: false }) },
    'GET /api/venue': { allowed: ORGANIZERS },
    'GET /api/contests/{id}/lobby': { allowed: EVERYONE },
  };

  function pathFor(template: string, extra: Record<string, string>): string {
    const byName: Record<string, string> = {
      roundId: ids.round,
      questionId: ids.question,
      teamId: ids.teamA,
      userId: ids.judge,
      submissionId: ids.submission,
      requestId: ids.request,
      joinCode: ids.codeA,
      memberId: ids.memberA,
      ...extra,
    };
    // {id} is the contest's, except under /banks, /questions, /submissions and /users.
    const id = template.startsWith('/api/appeals/') ? ids.appeal : template.startsWith('/api/banks/') ? ids.bank : template.startsWith('/api/questions/') ? ids.question : template.startsWith('/api/submissions/') ? ids.submission : ids.contest;
    return template.replace(/\{(\w+)\}/g, (_, name: string) => extra[name] ?? (name === 'id' ? id : byName[name]));
  }

  it('every documented route has an expectation, and every principal gets what it should', async () => {
    const doc = (await api.get('/api/docs-json')).body as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.filter((r) => !EXPECTED[r])).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.includes(r))).toEqual([]);

    const wrong: string[] = [];
    // Refused callers first: a call that does something (delete, reset) then runs after every refusal was checked.
    for (const route of routes) {
      const [method, template] = route.split(' ');
      const expectation = EXPECTED[route];
      const callers = [...EVERYONE.filter((w) => !expectation.allowed.includes(w)), ...expectation.allowed];
      for (const who of callers) {
        const path = pathFor(template, expectation.params ? await expectation.params() : {});
        const res = await client[who].request(method, path, expectation.body?.());
        const allowed = expectation.allowed.includes(who);
        const ok = allowed ? res.status !== 401 && res.status !== 403 && res.status < 500 : [401, 403, 404].includes(res.status) && (who !== 'anon' || res.status === 401);
        if (!ok) wrong.push(`${who} ${route} → ${res.status} ${JSON.stringify(res.body).slice(0, 120)} (expected ${allowed ? 'allowed' : 'refused'})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every socket room: who hears the board, the live view and a team\'s results', async () => {
    const live = (auth: { token?: string; contestId?: string }) =>
      liveSocket(t.baseUrl, auth).then(
        (s) => (sockets.push(s), s),
        () => null,
      );
    const tokenOf = (who: Who) => client[who].token as string;
    const screen = await live({ contestId: ids.contest });
    const [teamA, teamB, owner, admin] = await Promise.all([
      live({ token: tokenOf('teamA') }),
      live({ token: tokenOf('teamB') }),
      live({ token: tokenOf('owner'), contestId: ids.contest }),
      live({ token: tokenOf('admin'), contestId: ids.contest }),
    ]);
    // A judge connects to its judges room only (no snapshot); strangers are refused.
    const { io } = await import('socket.io-client');
    const outcome = (auth: object) =>
      new Promise<string[]>((resolve) => {
        const socket = io(`${t.baseUrl}/live`, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
        const seen: string[] = [];
        socket.onAny((name: string) => seen.push(name));
        setTimeout(() => {
          socket.close();
          resolve(seen);
        }, 800);
      });
    expect(await outcome({ token: tokenOf('judge'), contestId: ids.contest })).toEqual([]);
    expect(await outcome({ token: tokenOf('otherJudge'), contestId: ids.contest })).toEqual(['error']);
    expect(await outcome({ token: tokenOf('otherOrganizer'), contestId: ids.contest })).toEqual(['error']);
    expect(await outcome({ contestId: '00000000-0000-4000-8000-000000000000' })).toEqual(['error']);

    for (const s of [screen, teamA, teamB, owner, admin]) expect(s?.of('live')).toHaveLength(1);
    // The staff board is unfrozen and live; the public one is what the round lets everyone see.
    await client.owner.post(`/api/contests/${ids.contest}/freeze`, {});
    await client.owner.post(`/api/contests/${ids.contest}/adjustments`, { teamId: ids.teamB, points: 7, reason: '房间测试' });
    const staffScore = (s: RecordingSocket | null) => s?.of('leaderboard').at(-1)?.rows.find((r: { teamId: string }) => r.teamId === ids.teamB)?.score;
    await eventually(async () => staffScore(owner) !== staffScore(screen), 5000, 'the staff board moving while the public one is frozen');
    expect(screen?.of('leaderboard').at(-1).frozen).toBe(true);
    expect(owner?.of('leaderboard').at(-1).frozen).toBe(false);
    expect(staffScore(teamA)).toBe(staffScore(screen));

    // A team's result reaches that team only.
    const graded = await client.judge.post(`/api/reviews/${ids.submission}`, { score: 6 });
    if (graded.body.status === 'graded') {
      await eventually(async () => teamA?.of('submission.graded').length, 5000, 'team A hears its result');
      expect(teamB?.of('submission.graded')).toEqual([]);
      expect(screen?.of('submission.graded')).toEqual([]);
    }
    await client.owner.post(`/api/contests/${ids.contest}/unfreeze`);
  });
});
