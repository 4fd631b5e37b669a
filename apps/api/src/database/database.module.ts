import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions, openDatabase } from './data-source-options';
import { AnswerClock } from '../common/answer-clock';
import { ContestRepository } from '../contests/contest.repository';
import { QuestionRepository } from '../banks/question.repository';
import { SubmissionRepository } from '../answering/submission.repository';
import { UserRepository } from '../auth/user.repository';
import { ScoreLogRepository } from '../leaderboard/score-log.repository';
import { ContestQuestionRepository } from '../answering/contest-question.repository';
import { UserEntity } from './entities';
import { Transactions } from './transactions';
import { AuditRepository } from '../audit/audit.repository';

const REPOSITORIES = [AnswerClock, Transactions, ContestRepository, QuestionRepository, SubmissionRepository, UserRepository, ScoreLogRepository, ContestQuestionRepository, AuditRepository];

/** The database (migrated at start) and every repository over it. Shared by the api and the worker. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
      dataSourceFactory: (options) => openDatabase(options as DataSourceOptions),
    }),
    TypeOrmModule.forFeature([UserEntity]),
  ],
  providers: REPOSITORIES,
  exports: REPOSITORIES,
})
export class DatabaseModule {}
