/** What the first-timer steps share: the app, the faces, the contest, three teams answering through the API. */
import type { Page } from 'playwright-core';
import { BrowserDay, WatchedPage } from '../browser-kit';
import { api } from '../contest-kit';

/** A blank, and a short answer whose reference is one prose sentence (it used to become one key point). */
export const PAPER = [
  '一、填空题',
  '1.国家电网供电服务热线电话是____。',
  '答案：95598',
  '二、简答题',
  '1.业扩报装工作的主要内容是什么？',
  '答：业务受理、现场勘查、确定供电方案及答复、业务收费、签订供用电合同、装表接电、资料归档等。',
].join('\n');
export const KEY_POINTS = ['业务受理', '现场勘查', '确定供电方案及答复', '业务收费', '签订供用电合同', '装表接电', '资料归档等'];
/** Near-perfect, in the team's own words. */
export const GOOD_ANSWER = '主要有：受理业务申请，现场勘查，确定并答复供电方案，收取业务费用，签订供用电合同，装表接电，最后资料归档。';
export const POOR_ANSWER = '认真服务客户。';
export const TEAMS = ['一队', '二队', '三队'];

export interface Question {
  id: string;
  type: string;
  points: number;
  keyPoints?: string[];
}

export class FirstDay extends BrowserDay {
  consoleFace!: WatchedPage;
  org!: Page;
  token!: string;
  bankId!: string;
  contestId!: string;
  blank!: Question;
  short!: Question;
  rounds: string[] = [];
  /** Contestant tokens by team name. */
  members: Record<string, string> = {};
  judgeFace!: WatchedPage;


  call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown, token = this.token): Promise<T> {
    return api<T>(this.app, token, method, url, body);
  }

  async join(teamName: string, joinCode: string): Promise<void> {
    const res = await fetch(`${this.app.baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ joinCode, name: `${teamName}队员`, secret: `secret-of-${joinCode}-phone` }),
    });
    if (!res.ok) throw new Error(`join ${teamName} → ${res.status} ${await res.text()}`);
    this.members[teamName] = ((await res.json()) as { accessToken: string }).accessToken;
  }

  answer(teamName: string, questionId: string, answer: unknown): Promise<unknown> {
    return this.call('POST', `/contests/${this.contestId}/submissions`, { questionId, answer, clientKey: `team${TEAMS.indexOf(teamName)}-${questionId}` }, this.members[teamName]);
  }

  question(round: number, questionId: string, action: 'open' | 'close'): Promise<unknown> {
    return this.call('POST', `/rounds/${this.rounds[round]}/questions/${questionId}/${action}`);
  }
}
