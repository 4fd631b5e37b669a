import { useCallback, useEffect, useRef, useState } from 'react';
import type { Leaderboard, LiveView } from '@jingsai/domain';
import { useCountdown } from '../../../components/use-countdown';
import { ScreenSound, soundPreferred, type SoundCue } from '../utils/screen-sound';

export interface ScreenSounds {
  /** Sound is playing (the organizer clicked it on). */
  on: boolean;
  /** The organizer chose sound before: one click anywhere turns it on again. */
  wanted: boolean;
  toggle: () => void;
  /** A click on the page: turns the sound on when it was wanted (browsers need a click first). */
  resume: () => void;
  /** The team that just won the buzz, shown with the chime for a few seconds. */
  buzzWinner: string | null;
  play: (cue: SoundCue) => void;
}

type Counts = Map<string, { correct: number; wrong: number }>;

const countsOf = (board: Leaderboard | null): Counts => new Map((board?.rows ?? []).map((r) => [r.teamId, { correct: r.correct, wrong: r.wrong }]));

/** Which of right/wrong the reveal sounds: did any team answer right since the question opened? */
function revealCue(before: Counts | undefined, board: Leaderboard | null): SoundCue {
  if (!before || !board) return 'reveal';
  let right = false;
  let wrong = false;
  for (const row of board.rows) {
    const was = before.get(row.teamId) ?? { correct: 0, wrong: 0 };
    if (row.correct > was.correct) right = true;
    if (row.wrong > was.wrong) wrong = true;
  }
  return right ? 'right' : wrong ? 'wrong' : 'reveal';
}

/** The big screen's cues, driven by what the live view and the board do. */
export function useScreenSounds(live: LiveView | null, board: Leaderboard | null, clockOffset: number, ceremony: boolean): ScreenSounds {
  const sound = useRef<ScreenSound>(new ScreenSound());
  const [on, setOn] = useState(false);
  const [wanted, setWanted] = useState(soundPreferred);
  const [buzzWinner, setBuzzWinner] = useState<string | null>(null);
  const play = useCallback((cue: SoundCue) => sound.current.play(cue), []);
  // The browser test reads the cues played (headless Chromium has no speakers).
  useEffect(() => {
    (window as unknown as { __screenSound?: ScreenSound }).__screenSound = sound.current;
  }, []);

  const toggle = useCallback(() => {
    if (sound.current.on) {
      sound.current.disable();
      setOn(false);
      setWanted(false);
    } else {
      void sound.current.enable().then((ok) => {
        setOn(ok);
        setWanted(true);
        if (ok) sound.current.play('reveal');
      });
    }
  }, []);
  const resume = useCallback(() => {
    if (wanted && !sound.current.on) void sound.current.enable().then(setOn);
  }, [wanted]);

  // Countdown: a tick each second of the last five, a longer one at zero.
  const open = live?.phase === 'open';
  const remaining = useCountdown(open ? live?.deadline : null, clockOffset, live?.pausedAt);
  const second = remaining === null ? null : Math.ceil(remaining / 1000);
  const lastTick = useRef<number | null>(null);
  useEffect(() => {
    if (!open || second === null || live?.pausedAt || second > 5) {
      lastTick.current = null;
      return;
    }
    if (lastTick.current === second) return;
    // Joining in the middle of the countdown (a reload) does not tick for seconds already past.
    if (lastTick.current !== null || second === 5) play(second === 0 ? 'tickLast' : 'tick');
    lastTick.current = second;
  }, [open, second, live?.pausedAt, play]);

  // 抢答: the chime and the winning team's name when the first team buzzes.
  const firstBuzz = live?.buzz?.order.find((o) => o.rank === 1) ?? null;
  const buzzKey = firstBuzz && live?.question ? `${live.question.id}:${firstBuzz.teamId}` : null;
  const seenBuzz = useRef<string | null>(buzzKey);
  useEffect(() => {
    if (!buzzKey || seenBuzz.current === buzzKey) return undefined;
    seenBuzz.current = buzzKey;
    play('buzz');
    setBuzzWinner(firstBuzz?.teamName ?? null);
    const timer = window.setTimeout(() => setBuzzWinner(null), 4000);
    return () => window.clearTimeout(timer);
  }, [buzzKey, firstBuzz?.teamName, play]);

  // A wrong answer in a buzz turn passes the right on: the wrong sound at once.
  const wrongCount = live?.buzz?.wrongTeamIds.length ?? 0;
  const seenWrong = useRef(wrongCount);
  useEffect(() => {
    if (wrongCount > seenWrong.current) play('wrong');
    seenWrong.current = wrongCount;
  }, [wrongCount, play]);

  // Reveal: right when a team earned a correct answer since the question opened, wrong otherwise.
  const openedCounts = useRef<{ questionId: string; counts: Counts } | null>(null);
  const questionId = live?.question?.id ?? null;
  useEffect(() => {
    if (open && questionId && openedCounts.current?.questionId !== questionId) openedCounts.current = { questionId, counts: countsOf(board) };
  }, [open, questionId, board]);
  const revealedId = live?.revealed && live.revealed.questionId === questionId ? questionId : null;
  const seenReveal = useRef(revealedId);
  useEffect(() => {
    if (!revealedId || seenReveal.current === revealedId) return;
    seenReveal.current = revealedId;
    const before = openedCounts.current?.questionId === revealedId ? openedCounts.current.counts : undefined;
    play(revealCue(before, board));
  }, [revealedId, board, play]);

  // The final ranking: a fanfare.
  useEffect(() => {
    if (ceremony) play('fanfare');
  }, [ceremony, play]);

  return { on, wanted, toggle, resume, buzzWinner, play };
}
