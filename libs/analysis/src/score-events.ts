import type { GradedAnswer, ScoreEvent } from '@jingsai/scoring';
import type { AnalysisFalseStart, AnalysisInput } from './analysis.types';
import { indexContest, maxScoreOf, type ContestIndex } from './contest-index';

/**
 * The leaderboard's score events, rebuilt from the graded answers the way the API builds them:
 * the round's rule `toScoreEvents` over its graded answers (stakes included) and, in buzzer
 * rounds, the false starts. Ungraded and too-late answers never score.
 */
export function contestScoreEvents(input: AnalysisInput): ScoreEvent[] {
  return scoreEventsOf(indexContest(input), input.falseStarts ?? []);
}

/**
 * Called one question at a time rather than once per round: every rule makes a question's
 * events from that question's answers alone (the written rule groups by team and question), so
 * the events are the same, and a million answers never sit in one round-sized map at once.
 * The specs compare with a whole-round call, so a rule that ever looks across questions fails them.
 */
export function scoreEventsOf(ix: ContestIndex, falseStarts: AnalysisFalseStart[]): ScoreEvent[] {
  const startsByQuestion = new Map<string, AnalysisFalseStart[]>();
  for (const start of falseStarts) {
    if (ix.roundById.get(start.roundId)?.round.kind !== 'buzzer') continue;
    const list = startsByQuestion.get(start.questionId);
    if (list) list.push(start);
    else startsByQuestion.set(start.questionId, [start]);
  }
  const events: ScoreEvent[] = [];
  const emit = (roundId: string, answers: GradedAnswer[]): void => {
    const round = ix.roundById.get(roundId);
    if (!round || answers.length === 0) return;
    // A loop, not push(...): a large chunk yields more events than a call takes arguments.
    for (const event of round.rule.toScoreEvents(round.round.id, answers, round.settings, ix.teamSizes)) events.push(event);
  };
  for (const q of ix.questions) {
    const answers: GradedAnswer[] = [];
    for (const answer of q.answers) {
      if (answer.status !== 'graded') continue;
      answers.push({
        teamId: answer.teamId,
        contestantId: answer.contestantId,
        questionId: answer.questionId,
        score: answer.score ?? 0,
        maxScore: maxScoreOf(answer, q.question),
        correct: answer.correct,
        at: answer.receivedAt,
        stake: answer.stake,
      });
    }
    for (const start of startsByQuestion.get(q.question.id) ?? []) answers.push(falseStartAnswer(start));
    startsByQuestion.delete(q.question.id);
    emit(q.round.round.id, answers);
  }
  // False starts on a question the analysis does not know still cost their points, as on the board.
  for (const starts of startsByQuestion.values()) for (const start of starts) emit(start.roundId, [falseStartAnswer(start)]);
  return events;
}

function falseStartAnswer(start: AnalysisFalseStart): GradedAnswer {
  const { teamId, contestantId, questionId, at } = start;
  return { teamId, contestantId, questionId, at, score: 0, maxScore: 0, correct: null, falseStart: true };
}
