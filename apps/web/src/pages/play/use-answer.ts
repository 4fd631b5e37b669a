import { useCallback, useEffect, useState } from 'react';
import type { AnswerValue, SubmissionGradedEvent } from '@jingsai/domain';
import { ApiError, apiRequest, errorMessage } from '../../api/client';
import type { SubmissionReceipt, SubmissionState } from '../../api/types';
import { loadAnswer, saveAnswer, type StoredAnswer } from './answer-store';

interface Args {
  contestId: string;
  contestantId: string;
  questionId: string | null;
  token: string;
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

/** One question's answer: draft, idempotent submit (clientKey), then the result by push or poll. */
export function useAnswer({ contestId, contestantId, questionId, token }: Args): AnswerController {
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

  const submit = useCallback(async () => {
    if (!questionId || !answer || answer.draft === null) return;
    setSubmitting(true);
    setError(null);
    try {
      const receipt = await apiRequest<SubmissionReceipt>(`/contests/${contestId}/submissions`, {
        method: 'POST',
        token,
        body: { questionId, answer: answer.draft, clientKey: answer.clientKey },
      });
      update({ submissionId: receipt.id, status: receipt.status, refusal: undefined });
    } catch (err) {
      // A refusal (409 too late, already answered, 400 …) is final for this question: show the server's words.
      if (err instanceof ApiError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429) {
        const submissionId = typeof err.body?.submissionId === 'string' ? err.body.submissionId : undefined;
        update({ refusal: err.message, status: err.status === 409 && submissionId ? 'too_late' : undefined, submissionId });
      }
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }, [answer, contestId, questionId, token, update]);

  const applyGraded = useCallback(
    (event: SubmissionGradedEvent) => {
      if (answer?.submissionId && event.submissionId === answer.submissionId) {
        update({ status: event.status, score: event.score, correct: event.correct });
      }
    },
    [answer?.submissionId, update],
  );

  // Poll while pending: covers a missed push.
  const pendingId = answer?.submissionId && answer.status === 'pending' ? answer.submissionId : null;
  useEffect(() => {
    if (!pendingId) return undefined;
    let cancelled = false;
    const timer = window.setInterval(async () => {
      try {
        const state = await apiRequest<SubmissionState>(`/submissions/${pendingId}`, { token });
        if (!cancelled && state.status !== 'pending') update({ status: state.status, score: state.score, correct: state.correct });
      } catch {
        /* keep polling; the socket may deliver it */
      }
    }, POLL_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [pendingId, token, update]);

  return { answer, submitting, error, setDraft, submit, applyGraded };
}
