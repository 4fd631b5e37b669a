import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions, openDatabase } from './data-source-options';
import { Transactions } from './transactions';
import { AuditRepository } from '../audit/audit.repository';

// Feature repositories are registered by their feature modules; here only what every module writes with.
const SHARED = [Transactions, AuditRepository];

/** The database (migrated at start), its transactions and the audit log. Shared by the api and the worker. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => dataSourceOptions(config),
      dataSourceFactory: (options) => openDatabase(options as DataSourceOptions),
    }),
  ],
  providers: SHARED,
  exports: SHARED,
})
export class DatabaseModule {}
