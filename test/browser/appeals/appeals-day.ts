/** What the appeal steps share: the app, the faces (console, two phones, the big screen, the chief judge) and the contest. */
import type { Page } from 'playwright-core';
import { BrowserDay, WatchedPage } from '../browser-kit';
import { api } from '../contest-kit';

export const TEAM_A = '东城支行';
export const TEAM_B = '西城支行';
export const CHIEF = { username: 'chief1', password: 'chief-pass' };

/** A blank whose team wrote the right number with a word too many, and a short answer (a prose reference). */
export const PAPER = [
  '一、填空题',
  '1.国家电网供电服务热线电话是____。',
  '答案：95598',
  '2.居民客户申请新装用电，供电企业应在____个工作日内答复。',
  '答案：3',
  '二、简答题',
  '1.业扩报装工作的主要内容是什么？',
  '答：业务受理、现场勘查、确定供电方案及答复、业务收费、签订供用电合同、装表接电、资料归档等。',
].join('\n');

export interface Question {
  id: string;
  type: string;
  stem: string;
  points: number;
  keyPoints?: string[];
}

export class AppealsDay extends BrowserDay {
  consoleFace!: WatchedPage;
  org!: Page;
  token!: string;
  contestId!: string;
  roundId!: string;
  teams: Record<string, { id: string; joinCode: string }> = {};
  hotline!: Question;
  days!: Question;
  short!: Question;
  screenFace!: WatchedPage;
  phoneA!: WatchedPage;
  phoneB!: WatchedPage;
  judgeFace!: WatchedPage;


  call<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<T> {
    return api<T>(this.app, this.token, method, url, body);
  }

  question(questionId: string, action: 'open' | 'close'): Promise<unknown> {
    return this.call('POST', `/rounds/${this.roundId}/questions/${questionId}/${action}`);
  }

  /** The public board's row of a team. */
  async boardRow(teamName: string): Promise<{ rank: number; score: number }> {
    const board = (await (await fetch(`${this.app.baseUrl}/api/contests/${this.contestId}/leaderboard`)).json()) as { rows: { teamName: string; rank: number; score: number }[] };
    const row = board.rows.find((r) => r.teamName === teamName);
    if (!row) throw new Error(`no board row for ${teamName}`);
    return row;
  }
}
