import { Injectable } from '@nestjs/common';
import type { SubmissionGradedEvent, SubmissionStatus } from '@jingsai/domain';
import { round2, roundRuleFor } from '@jingsai/scoring';
import { roundSettingsOf } from '../database/entities';
import { isReleased } from '../answering/result-release';
import { SubmissionRepository, type ResultContext } from '../answering/submission.repository';

/** The fields of a submission its result is described from (a row, or a graded bus message). */
export interface ResultRef {
  submissionId: string;
  contestId: string;
  roundId: string;
  roundQuestionId: string;
  questionId: string;
  teamId: string;
  status: SubmissionStatus;
  score: number | null;
  correct: boolean | null;
}

/** An answer's result as its team (or, in written rounds, its author) sees it: the graded push without its version. */
export type SubmissionResult = Omit<SubmissionGradedEvent, 'version'>;

/**
 * Decides when a contestant may learn a result and what it did to the score, for the HTTP status route,
 * the socket push when an answer is graded, and the release when a question closes or a round ends.
 */
@Injectable()
export class SubmissionResults {
  constructor(private readonly submissions: SubmissionRepository) {}

  /** Results keyed by submission id; `forStaff` sees everything as graded. */
  async describe(refs: ResultRef[], forStaff = false): Promise<Map<string, SubmissionResult & { visible: boolean }>> {
    const context = await this.submissions.loadResultContext(refs);
    return new Map(refs.map((ref) => [ref.submissionId, describeResult(ref, context, forStaff)]));
  }
}

export function describeResult(ref: ResultRef, context: ResultContext, forStaff: boolean): SubmissionResult & { visible: boolean } {
  const round = context.rounds.get(ref.roundId);
  const rq = context.roundQuestions.get(ref.roundQuestionId);
  const visible = forStaff || ref.status === 'too_late' || (round !== undefined && isReleased(round, rq, context.endedRounds.has(ref.roundId)));
  const base = { submissionId: ref.submissionId, questionId: ref.questionId, teamId: ref.teamId, visible };
  if (!visible) return { ...base, status: 'submitted', score: null, correct: null, points: null };
  let points: number | null = null;
  if (ref.status === 'graded' && round) {
    points = round2(
      roundRuleFor(round.kind).pointsFor({
        settings: roundSettingsOf(round),
        answer: {
          teamId: ref.teamId,
          contestantId: '',
          questionId: ref.questionId,
          score: ref.score ?? 0,
          maxScore: context.questionPoints.get(`${ref.contestId}:${ref.questionId}`) ?? 0,
          correct: ref.correct,
          at: new Date(0),
          stake: context.stakes.get(`${ref.roundQuestionId}:${ref.teamId}`),
          place: context.places.get(ref.submissionId),
        },
      }),
    );
  }
  return { ...base, status: ref.status, score: ref.score, correct: ref.correct, points };
}
