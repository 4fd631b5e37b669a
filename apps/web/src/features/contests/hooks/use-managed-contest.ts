import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { staffSessionCurrent, useStaffToken } from '../../auth/auth-context';
import { useContestQuestions } from '../../questions/api/get-contest-questions';
import { useContest } from '../api/get-contest';
import { contestKeys } from '../api/keys';

/** A contest its organizer runs (console, host's tablet): the contest, its questions, the live socket's auth and session check. */
export function useManagedContest(contestId: string) {
  const token = useStaffToken();
  const client = useQueryClient();
  const contest = useContest(contestId);
  const questions = useContestQuestions(contestId);
  const refresh = useCallback(() => void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) }), [client, contestId]);
  const auth = useMemo(() => (token ? { token, contestId } : null), [token, contestId]);
  const verifySession = useCallback(() => (token ? staffSessionCurrent(token) : Promise.resolve(false)), [token]);
  return { client, contest, questions, refresh, auth, verifySession };
}
