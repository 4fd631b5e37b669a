import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { judgeKeys } from './keys';
import type { PublicUser } from '@jingsai/domain';

export function useStaffUsers() {
  const token = useStaffToken();
  return useQuery({ queryKey: judgeKeys.users, queryFn: () => apiRequest<PublicUser[]>('/users', { token }), enabled: !!token });
}
