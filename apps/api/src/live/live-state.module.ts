import { Module } from '@nestjs/common';
import { LiveStateRepository } from './live-state.repository';

/** The live state beside the questions (buzzes, stakes, adjustments), for live and its sub-features. */
@Module({ providers: [LiveStateRepository], exports: [LiveStateRepository] })
export class LiveStateModule {}
