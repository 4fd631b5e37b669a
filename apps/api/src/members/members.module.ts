import { Module } from '@nestjs/common';
import { ContestsModule } from '../contests/contests.module';
import { MembersController } from './members.controller';
import { MembersRepository } from './members.repository';
import { MembersService } from './members.service';

@Module({ imports: [ContestsModule], controllers: [MembersController], providers: [MembersService, MembersRepository], exports: [MembersRepository] })
export class MembersModule {}
