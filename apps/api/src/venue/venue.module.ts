import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { HostNetwork } from './host-network';
import { VenueController } from './venue.controller';
import { VenueRepository } from './venue.repository';
import { VenueService } from './venue.service';

/** The venue: reachable join addresses (PUBLIC_URL or LAN) and the big screen's lobby. */
@Module({ imports: [ContestsModule], controllers: [VenueController], providers: [VenueService, VenueRepository, HostNetwork] })
export class VenueModule {}
