import { useCallback, useEffect, useState } from 'react';
import { ApiError, UNAUTHORIZED_EVENT } from '../../../lib/api-client';
import { getLifelines } from '../api/get-lifelines';
import { tokenStore } from '../../../lib/token-store';

/**
 * Whether this phone's session is still current. It ends when the member continues on another phone
 * or is removed: any 401 for its token, or the server closing its socket and a check answering 401.
 */
export function usePlaySession(contestId: string, token: string) {
  const [ended, setEnded] = useState(false);
  const end = useCallback(() => {
    if (tokenStore.contestant(contestId)?.accessToken === token) tokenStore.setContestant(contestId, null);
    setEnded(true);
  }, [contestId, token]);
  useEffect(() => {
    const onUnauthorized = (event: Event) => {
      if ((event as CustomEvent<string>).detail === token) end();
    };
    window.addEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
    return () => window.removeEventListener(UNAUTHORIZED_EVENT, onUnauthorized);
  }, [token, end]);
  const verifySession = useCallback(async () => {
    try {
      await getLifelines(contestId, token);
      return true;
    } catch (error) {
      return !(error instanceof ApiError && error.status === 401);
    }
  }, [contestId, token]);
  return { ended, verifySession };
}
