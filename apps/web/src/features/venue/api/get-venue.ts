import type { VenueInfo } from '@jingsai/domain';
import { useStaffQuery } from '../../auth/api/use-staff-query';
import { venueKeys } from './keys';

/** Where phones reach the server. */
export function useVenue() {
  return useStaffQuery<VenueInfo>(venueKeys.venue, '/venue');
}
