/** A phone joined by the API and opened on its play page, counting the answers it POSTs over HTTP. */
import type { Browser, Request } from 'playwright-core';
import type { ApiClient } from '../../support/api-client';
import type { TestApp } from '../../support/test-app';
import { PHONE, WatchedPage } from '../browser-kit';

export interface SocketPhone {
  face: WatchedPage;
  teamId: string;
  /** POST /submissions requests this phone sent. */
  posts: Request[];
}

export async function openPhone(app: TestApp, browser: Browser, api: ApiClient, contestId: string, joinCode: string, name: string, label: string): Promise<SocketPhone> {
  const joined = await api.post(`/api/contests/${contestId}/join`, { joinCode, name });
  if (joined.status !== 201) throw new Error(`join failed: ${joined.status} ${JSON.stringify(joined.body)}`);
  const face = await WatchedPage.open(browser, label, PHONE, app.baseUrl);
  await face.context.addInitScript(`localStorage.setItem(${JSON.stringify(`jingsai.contestant.${contestId}`)}, ${JSON.stringify(JSON.stringify(joined.body))});`);
  const posts: Request[] = [];
  face.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/submissions')) posts.push(request);
  });
  return { face, teamId: joined.body.contestant.teamId as string, posts };
}

/** Socket.IO frames of an `answer` action (`42/live,<ack id>["answer",{…}]`). */
export const isAnswerFrame = (message: string | Buffer): boolean => typeof message === 'string' && /^42\/live,\d*\["answer",/.test(message);
