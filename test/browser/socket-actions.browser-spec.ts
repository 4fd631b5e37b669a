/**
 * A phone acts over the live socket it already holds: the answer goes out as a socket action with an
 * acknowledgement (no HTTP request); when the acknowledgement does not come in time the phone sends the
 * same answer (same clientKey) over HTTP, and the server keeps exactly one submission even when the held
 * socket frame arrives afterwards. Stakes and buzzes go over the socket the same way.
 */
import type { Browser } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { aContest, signInAdmin, type ContestFixture } from '../support/builders';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureWebBuild, launchChromium, type WatchedPage } from './browser-kit';
import { unexpectedErrors } from './contest-kit';
import { isAnswerFrame, openPhone } from './socket-actions/socket-phone';

interface TeamStatus {
  answered: { teamId: string; contestants: number }[];
}

describe('a phone answers over the live socket', () => {
  let app: TestApp;
  let browser: Browser;
  let staff: ApiClient;
  let contest: ContestFixture;
  const faces: WatchedPage[] = [];
  const question = () => contest.questions[0] as { id: string; answer: string };
  const answeredBy = async (teamId: string) => {
    const status = await staff.get<TeamStatus>(`/api/rounds/${contest.roundId}/questions/${question().id}/status`);
    return status.body.answered.find((a) => a.teamId === teamId)?.contestants ?? 0;
  };

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
    staff = await signInAdmin(new ApiClient(app.baseUrl));
    contest = await aContest(staff, { types: ['single'], teams: ['城东供电所', '城西供电所'], secondsPerQuestion: 120 });
    const opened = await staff.post(`/api/rounds/${contest.roundId}/questions/${question().id}/open`, {});
    expect(opened.status).toBe(200);
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('the answer travels as a socket action: stored once, no HTTP request', async () => {
    const phone = await openPhone(app, browser, new ApiClient(app.baseUrl), contest.contestId, contest.teams[0].joinCode, '张三', 'phone-socket');
    faces.push(phone.face);
    const page = phone.face.page;
    await page.goto(`/play/${contest.contestId}`);
    await page.getByTestId('question').waitFor();
    await page.getByTestId(`option-${question().answer}`).click();
    await page.getByTestId('submit').click();
    await page.getByTestId('result').waitFor();
    expect(await answeredBy(phone.teamId)).toBe(1);
    expect(phone.posts).toHaveLength(0);
    await phone.face.shot('socket-answer');
  });

  it('no acknowledgement in time: the same answer goes over HTTP; the late socket frame changes nothing', async () => {
    const phone = await openPhone(app, browser, new ApiClient(app.baseUrl), contest.contestId, contest.teams[1].joinCode, '李四', 'phone-fallback');
    faces.push(phone.face);
    const page = phone.face.page;
    // The socket carries everything but this phone's answer, which is held back until the HTTP retry has landed.
    const held: string[] = [];
    let release: (() => void) | null = null;
    await page.routeWebSocket(/\/socket\.io\//, (ws) => {
      const server = ws.connectToServer();
      release = () => held.splice(0).forEach((frame) => server.send(frame));
      ws.onMessage((message) => {
        if (isAnswerFrame(message)) held.push(String(message));
        else server.send(message);
      });
    });
    await page.goto(`/play/${contest.contestId}`);
    await page.getByTestId('question').waitFor();
    const wrong = ['A', 'B', 'C', 'D'].find((key) => key !== question().answer) as string;
    await page.getByTestId(`option-${wrong}`).click();
    await page.getByTestId('submit').click();
    await page.getByTestId('result').waitFor({ timeout: 20000 });
    expect(held).toHaveLength(1);
    expect(phone.posts).toHaveLength(1);
    const socketKey = (JSON.parse(held[0].replace(/^42\/live,\d*/, '')) as [string, { clientKey: string }])[1].clientKey;
    expect((phone.posts[0].postDataJSON() as { clientKey: string }).clientKey).toBe(socketKey);
    expect(await answeredBy(phone.teamId)).toBe(1);
    // The held frame reaches the server after all: the same clientKey, still one submission.
    (release as (() => void) | null)?.();
    await page.waitForTimeout(1000);
    expect(await answeredBy(phone.teamId)).toBe(1);
    await phone.face.shot('socket-fallback-answer');
  });

  it('a stake and a buzz travel as socket actions too', async () => {
    const page = faces[0].page;
    const actions: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/(stakes|buzz)$/.test(request.url())) actions.push(request.url());
    });
    const second = contest.questions[1] as { id: string };
    const addRound = async (kind: string, questionId: string, settings: Record<string, unknown>) =>
      (await staff.post(`/api/contests/${contest.contestId}/rounds`, { title: kind, kind, questionIds: [questionId], secondsPerQuestion: 120, settings: { resultVisibility: 'immediately', ...settings } })).body.id as string;
    const control = (roundId: string, questionId: string, action: 'open' | 'close') => staff.post(`/api/rounds/${roundId}/questions/${questionId}/${action}`, {});
    const risk = await addRound('risk', second.id, { stakes: [10, 20, 30] });
    // This phone answered the first question already (its answer is kept per question): the buzz is on the second.
    const buzzer = await addRound('buzzer', second.id, {});
    // The first round ends (its second question opened and closed): the risk question is next.
    await control(contest.roundId, question().id, 'close');
    await control(contest.roundId, second.id, 'open');
    await control(contest.roundId, second.id, 'close');
    await page.getByTestId('stake-20').click();
    await page.getByTestId('stake-picker').locator('.ant-alert-success').waitFor();
    const stakes = await staff.get<{ stakes: { teamId: string; points: number }[] }>(`/api/rounds/${risk}/questions/${second.id}/status`);
    expect(stakes.body.stakes.map((s) => s.points)).toEqual([20]);
    await control(risk, second.id, 'open');
    await control(risk, second.id, 'close');
    await control(buzzer, second.id, 'open');
    await page.getByTestId('buzz').click();
    await page.getByTestId('buzz-result').waitFor();
    const buzzes = await staff.get<{ buzzOrder: { rank: number | null }[] }>(`/api/rounds/${buzzer}/questions/${second.id}/status`);
    expect(buzzes.body.buzzOrder.map((b) => b.rank)).toEqual([1]);
    expect(actions).toEqual([]);
  });

  it('no face logged an error', () => {
    expect(unexpectedErrors(faces, {})).toEqual([]);
  });
});
