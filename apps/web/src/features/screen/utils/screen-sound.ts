/**
 * The big screen's sounds, made with Web Audio tones (no audio files, nothing downloaded): a tick in the
 * last five seconds, a chime when a team wins the buzz, a rising or falling figure for right and wrong at
 * the reveal, a fanfare for the final ranking. Browsers only play sound after a click on the page, so the
 * sound starts off and the organizer switches it on with one click (remembered for the next load).
 */

type Note = { freq: number; at: number; length: number; type?: OscillatorType; gain?: number };

const PREF_KEY = 'jingsai.screen.sound';

export type SoundCue = 'tick' | 'tickLast' | 'buzz' | 'right' | 'wrong' | 'reveal' | 'fanfare';

const C5 = 523.25;
const E5 = 659.25;
const G5 = 783.99;
const C6 = 1046.5;

const CUES: Record<SoundCue, Note[]> = {
  tick: [{ freq: 1200, at: 0, length: 0.05, type: 'square', gain: 0.12 }],
  tickLast: [{ freq: 1600, at: 0, length: 0.35, type: 'square', gain: 0.16 }],
  buzz: [
    { freq: G5, at: 0, length: 0.18, type: 'triangle' },
    { freq: C6, at: 0.12, length: 0.45, type: 'triangle' },
  ],
  right: [
    { freq: C5, at: 0, length: 0.14, type: 'triangle' },
    { freq: E5, at: 0.12, length: 0.14, type: 'triangle' },
    { freq: G5, at: 0.24, length: 0.14, type: 'triangle' },
    { freq: C6, at: 0.36, length: 0.5, type: 'triangle' },
  ],
  wrong: [
    { freq: 311, at: 0, length: 0.3, type: 'sawtooth', gain: 0.12 },
    { freq: 233, at: 0.28, length: 0.55, type: 'sawtooth', gain: 0.12 },
  ],
  reveal: [
    { freq: E5, at: 0, length: 0.2, type: 'sine' },
    { freq: G5, at: 0.16, length: 0.4, type: 'sine' },
  ],
  fanfare: [
    { freq: G5 / 2, at: 0, length: 0.16, type: 'square', gain: 0.1 },
    { freq: C5, at: 0.16, length: 0.16, type: 'square', gain: 0.1 },
    { freq: E5, at: 0.32, length: 0.16, type: 'square', gain: 0.1 },
    { freq: G5, at: 0.48, length: 0.36, type: 'square', gain: 0.1 },
    { freq: E5, at: 0.86, length: 0.14, type: 'square', gain: 0.1 },
    { freq: G5, at: 1.0, length: 0.9, type: 'square', gain: 0.1 },
    { freq: C6, at: 1.0, length: 0.9, type: 'triangle', gain: 0.12 },
  ],
};

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | null {
  const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return w.AudioContext ?? w.webkitAudioContext ?? null;
}

/** The organizer's last choice on this screen (off until they have switched it on once). */
export function soundPreferred(): boolean {
  return localStorage.getItem(PREF_KEY) === 'on';
}

export class ScreenSound {
  private ctx: AudioContext | null = null;
  /** Cues played, newest last (the browser test reads them: headless Chromium has no speakers). */
  readonly played: SoundCue[] = [];

  get on(): boolean {
    return this.ctx !== null && this.ctx.state === 'running';
  }

  /** Called from a click: creates (or resumes) the audio context, which browsers allow only then. */
  async enable(): Promise<boolean> {
    const Ctx = audioContextClass();
    if (!Ctx) return false;
    this.ctx ??= new Ctx();
    if (this.ctx.state === 'suspended') await this.ctx.resume().catch(() => undefined);
    localStorage.setItem(PREF_KEY, 'on');
    return this.on;
  }

  disable(): void {
    localStorage.setItem(PREF_KEY, 'off');
    void this.ctx?.close().catch(() => undefined);
    this.ctx = null;
  }

  play(cue: SoundCue): void {
    if (!this.ctx || !this.on) return;
    this.played.push(cue);
    if (this.played.length > 50) this.played.shift();
    const start = this.ctx.currentTime + 0.01;
    for (const note of CUES[cue]) this.tone(this.ctx, note, start);
  }

  private tone(ctx: AudioContext, note: Note, start: number): void {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = note.type ?? 'sine';
    osc.frequency.value = note.freq;
    const t0 = start + note.at;
    const peak = note.gain ?? 0.2;
    // A short attack and an exponential release: no clicks.
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(peak, t0 + 0.015);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + note.length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + note.length + 0.05);
  }
}
