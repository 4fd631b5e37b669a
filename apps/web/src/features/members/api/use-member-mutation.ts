import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useStaffToken } from '../../auth/auth-context';
import { memberKeys } from './keys';

export function useMemberMutation<A, R>(contestId: string, run: (token: string | null, args: A) => Promise<R>) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => run(token, args),
    onSettled: () => client.invalidateQueries({ queryKey: memberKeys.members(contestId) }),
  });
}
