/**
 * The venue in a browser: the organizer's laptop serves Jingsai and is browsed at 127.0.0.1, yet the console, the
 * entry sheet and the big screen's lobby give phones a reachable address (decoded from the QR codes themselves);
 * phones join and their names appear in the lobby; the contest starts from the console; the host runs questions
 * from a tablet; a phone that loses the Wi-Fi keeps its answer and sends it when back; the big screen's sounds.
 */
import QRCode from 'qrcode';
import type { Browser } from 'playwright-core';
import { decodeMatrix } from '../support/qr-decode';
import { startTestApp, type TestApp } from '../support/test-app';
import { ensureWebBuild, launchChromium } from './browser-kit';
import { unexpectedErrors } from './contest-kit';
import { finalRanking, hostBuzzer, hostRunsAQuestion, hostShortAnswer } from './venue/host.steps';
import { consoleAddresses, entrySheet, lobbyFillsUp, startFromConsole } from './venue/lobby.steps';
import { VenueDay } from './venue/venue-day';

describe('the venue in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let day: VenueDay;

  beforeAll(async () => {
    ensureWebBuild();
    app = await startTestApp();
    browser = await launchChromium();
    day = new VenueDay(app, browser);
    await day.build();
  }, 170000);

  afterAll(async () => {
    jest.restoreAllMocks();
    await browser?.close();
    await app?.close();
  });

  it('the QR reader the test relies on reads what the qrcode package writes (versions 1–10, every level)', () => {
    const texts = ['http://10.20.0.7:3000/join?code=CDGD26', 'http://192.168.50.10:41234/join?contest=6f1c2a9e-0b7d-4c55-9e2f-1a2b3c4d5e6f', 'https://contest.example.com/join', 'x'.repeat(150)];
    for (const text of texts) {
      for (const level of ['L', 'M', 'Q', 'H'] as const) {
        const qr = QRCode.create(text, { errorCorrectionLevel: level });
        if (qr.version > 10) continue;
        const n = qr.modules.size;
        const matrix = Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => Boolean(qr.modules.get(r, c))));
        expect([level, qr.version, decodeMatrix(matrix)]).toEqual([level, qr.version, text]);
      }
    }
  });

  it('the console shows the addresses phones can reach; the organizer picks one and it is remembered', () => consoleAddresses(day));

  it('the entry sheet printed from 127.0.0.1: every QR code decodes to the reachable address and the team\'s code', () => entrySheet(day));

  it('the lobby: a QR code of the reachable link; phones join by it and by the sheet; names appear; codes at the organizer\'s choice', () => lobbyFillsUp(day));

  it('the organizer starts the contest from the console; the big screen leaves the lobby for the board (group means)', () => startFromConsole(day));

  it('a question from the host\'s tablet; a phone offline keeps its answer and sends it (same clientKey) when back', () => hostRunsAQuestion(day));

  it('抢答 from the host\'s view: the chime with the winning team\'s name; ticks in the last five seconds', () => hostBuzzer(day));

  it('a short answer: 参考答案 on the host\'s view and the big screen', () => hostShortAnswer(day));

  it('the final ranking covers the screen, with a fanfare', () => finalRanking(day));

  it('no face logged an error (beyond a join code that opens no team, and the requests of the phone while it was offline)', () => {
    const errors = unexpectedErrors(day.watched, { 'phone-A': [[404, /\/api\/join\/ZZZZ99$/]] });
    expect(errors.filter((error) => !(error.startsWith('phone-B console:') && error.includes('net::ERR_INTERNET_DISCONNECTED')))).toEqual([]);
  });
});
