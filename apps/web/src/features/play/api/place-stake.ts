/** 风险题: the team's stake on the next question, over the live socket (`stake`), else POST /contests/:id/stakes. */
import type { StakeResult } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { sendAction, type ActionChannel } from '../../live/utils/live-action';

export function placeStake(contestId: string, channel: ActionChannel, questionId: string, points: number): Promise<StakeResult> {
  const body = { questionId, points };
  return sendAction(channel, 'stake', body, () => apiRequest<StakeResult>(`/contests/${contestId}/stakes`, { method: 'POST', token: channel.token, body }));
}
