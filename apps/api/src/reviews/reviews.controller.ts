import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import type { Principal } from '../common/principal';
import { ReturnReviewDto, ScoreReviewDto } from './reviews.dto';
import { ReviewsService } from './reviews.service';
import type { PublishResult, ReviewItem, ReviewReturned, ReviewScoreResult } from '@jingsai/domain';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller()
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  @Roles('judge', 'organizer')
  @Get('contests/:id/reviews')
  queue(@CurrentPrincipal() p: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ReviewItem[]> {
    return this.reviews.queue(p, id);
  }

  @Roles('judge')
  @Post('reviews/:submissionId')
  @HttpCode(200)
  score(@CurrentPrincipal() p: Principal, @Param('submissionId', ParseUUIDPipe) id: string, @Body() dto: ScoreReviewDto): Promise<ReviewScoreResult> {
    return this.reviews.score(p, id, dto);
  }

  @Roles('judge')
  @Post('reviews/:submissionId/return')
  @HttpCode(200)
  returnForRescore(@CurrentPrincipal() p: Principal, @Param('submissionId', ParseUUIDPipe) id: string, @Body() dto: ReturnReviewDto): Promise<ReviewReturned> {
    return this.reviews.returnForRescore(p, id, dto.reason);
  }

  @Roles('judge')
  @Post('rounds/:roundId/reviews/publish')
  @HttpCode(200)
  publish(@CurrentPrincipal() p: Principal, @Param('roundId', ParseUUIDPipe) roundId: string): Promise<PublishResult> {
    return this.reviews.publishRound(p, roundId);
  }
}
