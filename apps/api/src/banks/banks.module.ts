import { Module } from '@nestjs/common';
import { BankImportController } from './bank-import.controller';
import { BankImportService } from './bank-import.service';
import { BanksController } from './banks.controller';
import { BanksService } from './banks.service';
import { PaperParserPool } from './paper-parser.pool';

@Module({ controllers: [BanksController, BankImportController], providers: [BanksService, BankImportService, PaperParserPool], exports: [BanksService] })
export class BanksModule {}
