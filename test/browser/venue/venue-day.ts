/** What the venue steps share: the app, the faces (console, entry sheet, big screen, phones, the host's tablet), the contest. */
import type { Locator, Page } from 'playwright-core';
import { HostNetwork } from '../../../apps/api/src/venue/host-network';
import { SMALL_PAPER } from '../../support/builders';
import { decodeGrey } from '../../support/qr-decode';
import { BrowserDay, WatchedPage } from '../browser-kit';
import { api } from '../contest-kit';

/**
 * The machine's LAN addresses as the server will report them (documentation-style private addresses). The
 * test shows and decodes them, never connects to them: every request goes to 127.0.0.1.
 */
export const LAN = ['192.168.50.10', '10.20.0.7'];
export const PICKED = '10.20.0.7';
export const TITLE = '2026 支行服务知识决赛';
export const TEAMS = [
  { name: '城东供电所', group: '东区', memberCap: 5 },
  { name: '城西供电所', group: '东区', roster: ['王五', '赵六'] },
  { name: '高新区营业厅', group: '西区', memberCap: 5 },
] as const;
export const TABLET = { width: 1024, height: 768 };

export interface VenueQuestion {
  id: string;
  type: string;
  stem: string;
  answer?: unknown;
}

export class VenueDay extends BrowserDay {
  token!: string;
  contestId!: string;
  teams: { id: string; name: string; joinCode: string }[] = [];
  single!: VenueQuestion;
  truefalse!: VenueQuestion;
  short!: VenueQuestion;
  port!: number;
  consoleFace!: WatchedPage;
  screenFace!: WatchedPage;
  hostFace!: WatchedPage;
  phones: WatchedPage[] = [];
  /** The entry sheet's QR code of 城西供电所, decoded. */
  sheetUrl!: URL;


  /** The contest, built over the API: three teams in two groups, base score 100, three rounds. */
  async build(): Promise<void> {
    jest.spyOn(this.app.app.get(HostNetwork), 'lanAddresses').mockReturnValue(LAN);
    this.port = Number(new URL(this.app.baseUrl).port);
    const login = await fetch(`${this.app.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'admin-password' }) });
    this.token = ((await login.json()) as { accessToken: string }).accessToken;
    const bank = await api<{ bankId: string }>(this.app, this.token, 'POST', '/banks/import', { format: 'text', content: SMALL_PAPER, name: '决赛题库' });
    const questions = await api<VenueQuestion[]>(this.app, this.token, 'GET', `/banks/${bank.bankId}/questions`);
    this.single = questions.find((q) => q.type === 'single') as VenueQuestion;
    this.truefalse = questions.find((q) => q.type === 'truefalse') as VenueQuestion;
    this.short = questions.find((q) => q.type === 'short') as VenueQuestion;
    await api(this.app, this.token, 'PATCH', `/questions/${this.single.id}`, { explanation: '计划检修停电应提前七天公告。' });
    const contest = await api<{ id: string }>(this.app, this.token, 'POST', '/contests', { title: TITLE, baseScore: 100 });
    this.contestId = contest.id;
    for (const team of TEAMS) {
      const made = await api<{ id: string; name: string; joinCode: string }>(this.app, this.token, 'POST', `/contests/${this.contestId}/teams`, team);
      this.teams.push(made);
    }
    for (const [title, kind, q, seconds] of [
      ['第一轮 必答题', 'required', this.single, 60],
      ['第二轮 抢答题', 'buzzer', this.truefalse, 8],
      ['第三轮 简答题', 'required', this.short, 60],
    ] as const) {
      await api(this.app, this.token, 'POST', `/contests/${this.contestId}/rounds`, { title, kind, questionIds: [q.id], secondsPerQuestion: seconds });
    }
  }

  /** A staff face already signed in (the console's session, as the organizer's tablet would have it). */
  async openSignedIn(label: string, viewport: { width: number; height: number }, session: string): Promise<WatchedPage> {
    const face = await this.open(label, viewport);
    await face.context.addInitScript(`localStorage.setItem('jingsai.staff', ${JSON.stringify(session)});`);
    return face;
  }

  /** The big screen's sound cues played so far (headless Chromium has no speakers). */
  cues(): Promise<string[]> {
    return this.screenFace.page.evaluate<string[]>('window.__screenSound ? [...window.__screenSound.played] : []');
  }
}

/** Decodes the QR code shown by `target`: its screenshot, the browser's own PNG decoder for the pixels, our reader for the rest. */
export async function readQr(page: Page, target: Locator): Promise<URL> {
  const png = (await target.screenshot()).toString('base64');
  const image = await page.evaluate<{ bits: string; width: number; height: number }>(`(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png}';
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let bits = '';
    for (let i = 0; i < data.length; i += 4) bits += 0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] < 128 ? '1' : '0';
    return { bits, width: canvas.width, height: canvas.height };
  })()`);
  const grey = Uint8Array.from(image.bits, (bit) => (bit === '1' ? 0 : 255));
  return new URL(decodeGrey(grey, image.width, image.height));
}

/** The address is one a phone on the hall's network could reach: not this machine's loopback. */
export function expectReachable(url: URL, day: VenueDay): void {
  expect(url.hostname).not.toMatch(/^(127\.|localhost$|0\.0\.0\.0$|\[?::1\]?$)/);
  expect(`${url.hostname}:${url.port}`).toBe(`${PICKED}:${day.port}`);
}
