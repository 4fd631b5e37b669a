import { useQuery } from '@tanstack/react-query';
import type { VenueInfo } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { useStaffToken } from '../../auth/auth-context';
import { venueKeys } from './keys';

export function useVenue() {
  const token = useStaffToken();
  return useQuery({ queryKey: venueKeys.venue, queryFn: () => apiRequest<VenueInfo>('/venue', { token }), enabled: !!token });
}
