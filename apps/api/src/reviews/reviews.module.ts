import { Module } from '@nestjs/common';
import { AnsweringModule } from '../answering/answering.module';
import { ContestsModule } from '../contests/contests.module';
import { ReviewRepository } from './review.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({ imports: [ContestsModule, AnsweringModule], controllers: [ReviewsController], providers: [ReviewsService, ReviewRepository] })
export class ReviewsModule {}
