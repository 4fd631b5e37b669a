import type { ScoreEvent } from '../score-event.types';
import { commonRefusal, earnedPoints } from './round-rule.helpers';
import type { GradedAnswer, RoundRule } from './round-rule.types';

/**
 * 笔答: every contestant answers; per team and question the event is the sum of members'
 * points, or with teamScore='mean' that sum over the team's size (absent members count 0,
 * so a team cannot gain by sending its weakest members home).
 */
export const writtenRoundRule: RoundRule = {
  kind: 'written',
  answeringUnit: () => 'contestant',
  // A paper's results wait for the round's end, so phones cannot compare notes mid-paper.
  defaultResultVisibility: 'after-round',
  canSubmit: commonRefusal,
  // No penalties on a paper: a wrong answer is simply 0.
  pointsFor: ({ answer, settings }) => earnedPoints(answer, settings),
  toScoreEvents: (roundId, answers, settings, teamSizes) => {
    const byTeamQuestion = new Map<string, GradedAnswer[]>();
    for (const answer of answers) {
      // A separator no id contains; push, not copy: a preliminary has a million answers.
      const key = `${answer.teamId}\u0000${answer.questionId}`;
      const group = byTeamQuestion.get(key);
      if (group) group.push(answer);
      else byTeamQuestion.set(key, [answer]);
    }
    const events: ScoreEvent[] = [];
    for (const group of byTeamQuestion.values()) {
      const { teamId, questionId } = group[0];
      const sum = group.reduce((total, answer) => total + writtenRoundRule.pointsFor({ answer, settings }), 0);
      const divisor = settings.teamScore === 'mean' ? Math.max(teamSizes[teamId] ?? group.length, group.length) : 1;
      events.push({
        teamId,
        roundId,
        questionId,
        points: sum / divisor,
        correct: teamCorrectness(group),
        // The team's answer is complete with its last member's.
        at: new Date(Math.max(...group.map((a) => a.at.getTime()))),
      });
    }
    return events;
  },
};

/** true when every member who answered was right, false when every one was wrong, else null (mixed). */
function teamCorrectness(group: GradedAnswer[]): boolean | null {
  if (group.every((a) => a.correct === true)) return true;
  if (group.every((a) => a.correct === false)) return false;
  return null;
}
