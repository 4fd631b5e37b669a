import { Injectable } from '@nestjs/common';
import { resolveBuzzOrder, type SubmitContext } from '@jingsai/scoring';
import type { RoundEntity, RoundQuestionEntity } from '../database/entities';
import { LiveStateRepository } from './live-state.repository';

export type LiveSubmitContext = Pick<SubmitContext, 'buzzOrder' | 'falseStarts' | 'wrongTeams' | 'stake'>;

/** The round-kind specific part of a SubmitContext: buzz order for buzzer rounds, the stake for risk rounds. */
@Injectable()
export class SubmitContextService {
  constructor(private readonly state: LiveStateRepository) {}

  async forSubmission(round: RoundEntity, rq: RoundQuestionEntity, teamId: string): Promise<LiveSubmitContext> {
    if (round.kind === 'buzzer') {
      const [buzzes, wrongTeams] = await Promise.all([this.state.listBuzzes(rq.id), this.state.listWrongTeams(rq.id)]);
      const { order, falseStarts } = resolveBuzzOrder(buzzes);
      return { buzzOrder: order, falseStarts, wrongTeams };
    }
    if (round.kind === 'risk') {
      const stake = await this.state.findStake(rq.id, teamId);
      return { stake: stake ? { points: stake.points, at: stake.createdAt } : null };
    }
    return {};
  }
}
