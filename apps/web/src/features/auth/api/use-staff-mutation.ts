/** A change with the staff token; once it succeeds, the `refresh` query is read again (the mutation settles after that). */
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useStaffToken } from '../auth-context';

export function useStaffMutation<A, R>(send: (token: string | null, args: A) => Promise<R>, refresh: QueryKey) {
  const token = useStaffToken();
  const client = useQueryClient();
  return useMutation({ mutationFn: (args: A) => send(token, args), onSuccess: () => client.invalidateQueries({ queryKey: refresh }) });
}
