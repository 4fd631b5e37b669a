import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue, SubmissionGradedEvent, SubmissionState } from '@jingsai/domain';
import { ApiError, errorMessage } from '../../../lib/api-client';
import type { ActionChannel } from '../../live/utils/live-action';
import { getSubmission } from '../api/get-submission';
import { submitAnswer } from '../api/submit-answer';
import { loadAnswer, saveAnswer, type StoredAnswer } from '../utils/answer-store';

interface Args {
  contestId: string;
  contestantId: string;
  questionId: string | null;
  /** The phone's token and live socket: answers go over the socket when it is connected, else over HTTP. */
  channel: ActionChannel;
  /** The question closed: a held-back result is released now (read it if the push was missed). */
  closed: boolean;
  /** The phone is back on the network (the live socket reconnected): an unsent answer goes out now. */
  online: boolean;
}

export interface AnswerController {
  answer: StoredAnswer | null;
  submitting: boolean;
  error: string | null;
  setDraft: (value: AnswerValue) => void;
  submit: () => Promise<void>;
  applyGraded: (event: SubmissionGradedEvent) => void;
}

const POLL_MS = 2500;
/** An unsent answer is tried again this often until the server takes it (or refuses it). */
const RESEND_MS = 3000;

/** No answer from the server at all (no network, the server restarting): keep the answer and send it later. */
const unreachable = (err: unknown) => err instanceof ApiError && (err.status === 0 || err.status === 502 || err.status === 503 || err.status === 504);
/** Waits after a close before reading the result (the release push usually comes first). */
const AFTER_CLOSE_MS = [1500, 5000];

const resultOf = (s: Pick<SubmissionState, 'status' | 'score' | 'correct' | 'points'>): Partial<StoredAnswer> => ({ status: s.status, score: s.score, correct: s.correct, points: s.points });

/** One question's answer: draft, idempotent submit (clientKey), "已提交", then the result by push or poll once it may be shown. */
export function useAnswer({ contestId, contestantId, questionId, channel, closed, online }: Args): AnswerController {
  const [answer, setAnswer] = useState<StoredAnswer | null>(() => (questionId ? loadAnswer(contestantId, questionId) : null));
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setAnswer(questionId ? loadAnswer(contestantId, questionId) : null);
    setError(null);
  }, [contestantId, questionId]);

  const update = useCallback(
    (patch: Partial<StoredAnswer>) => {
      if (!questionId) return;
      setAnswer((current) => {
        const next = { ...(current ?? loadAnswer(contestantId, questionId)), ...patch };
        saveAnswer(contestantId, questionId, next);
        return next;
      });
    },
    [contestantId, questionId],
  );

  const setDraft = useCallback((value: AnswerValue) => update({ draft: value }), [update]);

  const sending = useRef(false);
  const submit = useCallback(async () => {
    if (!questionId || !answer || answer.draft === null || sending.current) return;
    sending.current = true;
    setSubmitting(true);
    setError(null);
    try {
      // The same clientKey on every try: the server keeps one submission however often it arrives.
      const receipt = await submitAnswer(contestId, channel, { questionId, answer: answer.draft, clientKey: answer.clientKey });
      update({ submissionId: receipt.id, status: receipt.status, refusal: undefined, unsent: false });
    } catch (err) {
      if (unreachable(err)) {
        // Lost connection: the answer stays on the phone and goes out when the phone is back.
        update({ unsent: true });
      } else if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429) {
        // A refusal (409 too late, already answered, 400 …) is final for this question: show the server's words.
        const submissionId = typeof err.body?.submissionId === 'string' ? err.body.submissionId : undefined;
        // Kept as the server said it ("中文 / English"): shown in the language of the moment, also after a reload.
        update({ refusal: err.message, status: err.status === 409 && submissionId ? 'too_late' : undefined, submissionId, unsent: false });
        setError(err.message);
      } else {
        setError(err instanceof Error ? err.message : errorMessage(err));
      }
    } finally {
      sending.current = false;
      setSubmitting(false);
    }
  }, [answer, contestId, questionId, channel, update]);

  // An unsent answer: sent again as soon as the phone is back online, and every few seconds until it lands.
  const unsent = Boolean(answer?.unsent) && !answer?.submissionId && !answer?.refusal;
  useEffect(() => {
    if (!unsent) return undefined;
    if (online) void submit();
    const timer = window.setInterval(() => void submit(), RESEND_MS);
    return () => window.clearInterval(timer);
  }, [unsent, online, submit]);

  const applyGraded = useCallback(
    (event: SubmissionGradedEvent) => {
      if (answer?.submissionId && event.submissionId === answer.submissionId) update(resultOf(event));
    },
    [answer?.submissionId, update],
  );

  const { token } = channel;
  const submissionId = answer?.submissionId ?? null;
  const status = answer?.status;
  const read = useCallback(async () => {
    if (!submissionId) return;
    const state = await getSubmission(submissionId, token).catch(() => null);
    if (state && state.status !== 'pending') update(resultOf(state));
  }, [submissionId, token, update]);

  // Grading in progress: poll (covers a missed push) until the server says graded, or submitted (held back).
  useEffect(() => {
    if (!submissionId || status !== 'pending') return undefined;
    const timer = window.setInterval(() => void read(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [submissionId, status, read]);

  // After a reload the stored state may be old: read it once.
  useEffect(() => {
    if (submissionId) void read();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submissionId]);

  // Held back until the close: once closed, read it (the push may have been missed).
  const waiting = status === 'submitted' || status === 'pending';
  useEffect(() => {
    if (!closed || !waiting) return undefined;
    const timers = AFTER_CLOSE_MS.map((ms) => window.setTimeout(() => void read(), ms));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [closed, waiting, read]);

  return { answer, submitting, error, setDraft, submit, applyGraded };
}
