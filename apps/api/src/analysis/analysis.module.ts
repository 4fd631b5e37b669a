import { Module } from '@nestjs/common';
import { AnalysisController } from './analysis.controller';
import { AnalysisRepository } from './analysis.repository';
import { AnalysisService } from './analysis.service';

/** The contest analysis report (GET /contests/:id/analysis); results.xlsx writes its sheets from AnalysisService. */
@Module({ controllers: [AnalysisController], providers: [AnalysisService, AnalysisRepository], exports: [AnalysisService] })
export class AnalysisModule {}
