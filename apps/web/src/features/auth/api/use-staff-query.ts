/** A GET with the staff token, asked only while a staff member is signed in. */
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../auth-context';

export function useStaffQuery<T>(queryKey: QueryKey, path: string, options: { refetchInterval?: number } = {}) {
  const token = useStaffToken();
  return useQuery({ ...options, queryKey, queryFn: () => apiRequest<T>(path, { token }), enabled: !!token });
}
