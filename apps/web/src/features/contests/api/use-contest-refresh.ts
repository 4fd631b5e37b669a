import { useQueryClient } from '@tanstack/react-query';
import { memberKeys } from '../../members/api/keys';
import { contestKeys } from './keys';

/** After a team or round changed: the contest, its members and its questions are read again. */
export function useContestRefresh(contestId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: contestKeys.contest(contestId) });
    void client.invalidateQueries({ queryKey: memberKeys.members(contestId) });
  };
}
