import { useCallback, useEffect, useState } from 'react';
import type { AnswerValue, PaperView } from '@jingsai/domain';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { answerPaper } from '../api/answer-paper';
import { getPaper } from '../api/get-paper';
import { startPaper } from '../api/start-paper';
import { submitPaper } from '../api/submit-paper';

export interface PaperController {
  view: PaperView | null;
  /** serverTime − local time when the paper arrived, in ms. */
  clockOffset: number;
  error: string | null;
  submitting: boolean;
  reload: () => Promise<void>;
  /** Sends one answer; resolves to an error message, or null when accepted. */
  send: (questionId: string, answer: AnswerValue, clientKey: string) => Promise<string | null>;
  handIn: () => Promise<void>;
}

/** One contestant's paper: started (or restored on reload), answered question by question, handed in. */
export function usePaper(roundId: string, token: string, begin: boolean): PaperController {
  const [view, setView] = useState<PaperView | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const accept = useCallback((next: PaperView) => {
    const offset = new Date(next.serverTime).getTime() - Date.now();
    setClockOffset(Number.isFinite(offset) ? offset : 0);
    setView(next);
    setError(null);
  }, []);

  const reload = useCallback(async () => {
    try {
      accept(await getPaper(roundId, token));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [accept, roundId, token]);

  useEffect(() => {
    let live = true;
    (begin ? startPaper(roundId, token) : getPaper(roundId, token))
      .then((next) => live && accept(next))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [accept, begin, roundId, token]);

  const send = useCallback(
    async (questionId: string, answer: AnswerValue, clientKey: string): Promise<string | null> => {
      try {
        const receipt = await answerPaper(roundId, token, { questionId, answer, clientKey });
        setView((current) =>
          current && !current.answers.some((a) => a.questionId === questionId)
            ? { ...current, answers: [...current.answers, { questionId, submissionId: receipt.id, status: receipt.status, answer }] }
            : current,
        );
        return null;
      } catch (err) {
        // Already answered, too late, handed in: the server's paper is the truth.
        if (err instanceof ApiError && err.status >= 400 && err.status < 500) void reload();
        return errorMessage(err);
      }
    },
    [reload, roundId, token],
  );

  const handIn = useCallback(async () => {
    setSubmitting(true);
    try {
      await submitPaper(roundId, token);
      await reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSubmitting(false);
    }
  }, [reload, roundId, token]);

  return { view, clockOffset, error, submitting, reload, send, handIn };
}
