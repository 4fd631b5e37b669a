/** What the contest-day steps share: the app, the faces (console, phones, big screen, judge), and what earlier steps made. */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, BrowserDay, WatchedPage } from '../browser-kit';
import { api } from '../contest-kit';

export interface BankQuestion {
  id: string;
  type: string;
  stem: string;
  points: number;
  answer?: string;
  keyPoints?: string[];
}

export interface Team {
  id: string;
  name: string;
  joinCode: string;
}

export const SAMPLE = path.join(ROOT, 'data/question-bank/sample-paper.txt');
export const TEAM_A = '东城支行';
export const TEAM_B = '西城支行';
export const NEW_PASSWORD = 'a-new-admin-password';
/** The buzzer round's wrong-answer penalty. */
export const PENALTY = 5;

export class ContestDay extends BrowserDay {
  consoleFace!: WatchedPage;
  org!: Page;
  token!: string;
  contestId!: string;
  teamA!: Team;
  teamB!: Team;
  /** 张三's PIN, as the console shows it. */
  pinA!: string;
  q1!: BankQuestion;
  q2!: BankQuestion;
  q3!: BankQuestion;
  q4!: BankQuestion;
  shortQ!: BankQuestion;
  /** Rounds made through the API, in order: required, buzzer, short answer, quick (5 s). */
  readonly rounds: { id: string; title: string }[] = [];
  /** The risk round made in the console. */
  riskRoundId!: string;
  screenFace!: WatchedPage;
  phoneA!: WatchedPage;
  phoneB!: WatchedPage;
  /** 张三's first phone, signed out when the second one is approved. */
  oldPhoneA!: WatchedPage;


  questionControl(round: number, questionId: string, action: 'open' | 'close'): Promise<unknown> {
    return api(this.app, this.token, 'POST', `/rounds/${this.rounds[round].id}/questions/${questionId}/${action}`);
  }
}
