/** 抢答: a buzz on the question, over the live socket (`buzz`), else POST /contests/:id/buzz; buzzing again is harmless. */
import type { BuzzResult } from '@jingsai/domain';
import { apiRequest } from '../../../lib/api-client';
import { sendAction, type ActionChannel } from '../../live/utils/live-action';

export function buzz(contestId: string, channel: ActionChannel, questionId: string): Promise<BuzzResult> {
  return sendAction(channel, 'buzz', { questionId }, () => apiRequest<BuzzResult>(`/contests/${contestId}/buzz`, { method: 'POST', token: channel.token, body: { questionId } }));
}
