import { Injectable } from '@nestjs/common';
import type { RoundEntity, RoundQuestionEntity } from '../database/entities';
import { roundKind } from '../round-kinds/registry';
import type { KindSubmitContext } from '../round-kinds/round-kind.plugin';
import { AnswerStateRepository } from './answer-state.repository';

export type LiveSubmitContext = KindSubmitContext;

/** The round-kind specific part of a SubmitContext (buzz order, stake), as the round's kind loads it. */
@Injectable()
export class SubmitContextService {
  constructor(private readonly state: AnswerStateRepository) {}

  forSubmission(round: RoundEntity, rq: RoundQuestionEntity, teamId: string): Promise<LiveSubmitContext> {
    return roundKind(round.kind).submitContext(this.state, rq, teamId);
  }
}
