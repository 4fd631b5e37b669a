import { Module } from '@nestjs/common';
import { QuestionRepository } from './question.repository';
import { BankImportController } from './bank-import.controller';
import { BankImportService } from './bank-import.service';
import { BanksController } from './banks.controller';
import { BanksService } from './banks.service';
import { PaperParserPool } from './paper-parser.pool';

@Module({ controllers: [BanksController, BankImportController], providers: [BanksService, BankImportService, PaperParserPool, QuestionRepository], exports: [BanksService, QuestionRepository] })
export class BanksModule {}
