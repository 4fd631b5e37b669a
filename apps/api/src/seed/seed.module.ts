import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { ContestsModule } from '../contests/contests.module';
import { DemoSeeder } from './demo-seeder';

/** The demo contest, seeded at boot when the database has none. */
@Module({ imports: [ContestsModule, BanksModule], providers: [DemoSeeder] })
export class SeedModule {}
