import type { LiveView } from '@jingsai/domain';
import { roundKindOf } from '../../rounds/kinds/registry';
import type { AnswerController } from './use-answer';

export interface AnswerEligibility {
  /** The question is open and its time has not run out. */
  open: boolean;
  /** The answer is in (or was refused). */
  submitted: boolean;
  /** Submitted without a connection: kept on the phone, sent (same clientKey) when it is back. */
  queued: boolean;
  /** Rounds answered in turn: another team answers this question. */
  otherTeamTurn: { id: string; name: string } | null;
  /** 加赛: this team does not play the tie-break. */
  notInTieBreak: boolean;
  /** The team may answer now (the kind's rule: e.g. 抢答 only the team holding the right). */
  mayAnswer: boolean;
  /** The answer input takes no change. */
  locked: boolean;
}

/** Whether this phone may answer the current question now, and why not. */
export function useAnswerEligibility(view: LiveView, teamId: string, answer: AnswerController, remaining: number | null): AnswerEligibility {
  const submitted = Boolean(answer.answer?.submissionId) || Boolean(answer.answer?.refusal);
  const queued = !submitted && Boolean(answer.answer?.unsent);
  const open = view.phase === 'open' && (remaining === null || remaining > 0);
  const otherTeamTurn = view.assignedTeam && view.assignedTeam.id !== teamId ? view.assignedTeam : null;
  const notInTieBreak = Boolean(view.tieBreak && view.tieBreak.teamIds.length > 0 && !view.tieBreak.teamIds.includes(teamId));
  const kindAllows = roundKindOf(view.round?.kind).mayAnswer?.(view, teamId) ?? true;
  const mayAnswer = kindAllows && !otherTeamTurn && !notInTieBreak;
  const locked = submitted || queued || !open || answer.submitting || !mayAnswer;
  return { open, submitted, queued, otherTeamTurn, notInTieBreak, mayAnswer, locked };
}
