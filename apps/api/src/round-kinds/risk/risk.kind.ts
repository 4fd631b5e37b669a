import { ArrayMaxSize, IsArray, IsBoolean, IsNumber, IsOptional } from 'class-validator';
import { riskRoundRule } from '@jingsai/scoring';
import { AppError } from '../../common/app-error';
import { plainRoundKind, type RoundKindPlugin } from '../round-kind.plugin';

/** A risk round's stake tiers when the organizer gives none. */
export const DEFAULT_STAKES = [10, 20, 30] as const;

/** 风险: each team stakes a tier before the question opens; right adds it, wrong takes it away. */
export const riskKind: RoundKindPlugin = {
  ...plainRoundKind,
  kind: 'risk',
  rule: riskRoundRule,
  accepts: { buzz: false, stake: true, paper: false },
  needs: { stakes: true, answerOrder: false },
  settingsFields: {
    stakes: [IsOptional(), IsArray(), ArrayMaxSize(10), IsNumber({}, { each: true })],
    stakeOncePerTeam: [IsOptional(), IsBoolean()],
  },
  checkSettings(settings) {
    if (settings.stakes?.some((points) => !(points > 0))) throw new AppError('STAKES_NOT_POSITIVE');
  },
  // A risk round without tiers would take no stake at all: it gets the usual 10/20/30.
  withDefaults: (settings) => (settings.stakes?.length ? settings : { ...settings, stakes: [...DEFAULT_STAKES] }),
  async submitContext(state, rq, teamId) {
    const stake = await state.findStake(rq.id, teamId);
    return { stake: stake ? { points: stake.points, at: stake.createdAt } : null };
  },
  liveView: async (state, rq, _round, ref) => ({ buzz: null, stakes: (await state.listStakes(rq.id)).map((s) => ({ ...ref(s.teamId), points: s.points })) }),
  preview: (round) => ({ stakes: round.settings.stakes ?? [] }),
};
