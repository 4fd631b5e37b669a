import { Module } from '@nestjs/common';
import { ReviewRepository } from './review.repository';
import { ReviewsController } from './reviews.controller';
import { ReviewsService } from './reviews.service';

@Module({ controllers: [ReviewsController], providers: [ReviewsService, ReviewRepository] })
export class ReviewsModule {}
