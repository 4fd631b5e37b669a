import { Module } from '@nestjs/common';
import { BanksModule } from '../banks/banks.module';
import { RejudgeController } from './rejudge.controller';
import { RejudgeRepository } from './rejudge.repository';
import { RejudgeService } from './rejudge.service';

@Module({ imports: [BanksModule], controllers: [RejudgeController], providers: [RejudgeService, RejudgeRepository] })
export class RejudgeModule {}
