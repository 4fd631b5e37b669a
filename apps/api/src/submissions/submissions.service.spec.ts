import type { ContestRepository } from '../contests/contest.repository';
import type { ContestQuestion } from '../answering/contest-question.repository';
import type { RoundEntity, RoundQuestionEntity, SubmissionEntity } from '../database/entities';
import type { OpenQuestionCache } from '../answering/open-question.cache';
import { SubmitContextService } from '../answering/submit-context.service';
import type { AnswerStateRepository } from '../answering/answer-state.repository';
import { FakeClock, answerClock, at, fake, unlimited } from '../testing/service-fakes';
import type { SubmissionResults } from './submission-results';
import type { SubmissionRepository } from '../answering/submission.repository';
import type { SubmissionWriter } from './submission-writer';
import { SubmissionsService } from './submissions.service';
import { AnswerIntake } from './answer-intake';

const OPENED = at('2026-05-01T09:00:00.000Z');
const me = { kind: 'contestant' as const, role: 'contestant' as const, contestantId: 'c1', contestId: 'contest', teamId: 't1', name: '张三', sessionVersion: 0 };
const question = { id: 'q', bankId: 'b', contestId: 'contest', revision: 1, type: 'single', stem: '题', points: 10, tags: [], options: [{ key: 'A', text: '甲' }, { key: 'B', text: '乙' }], answer: 'B' } as ContestQuestion;

/** The answer rules that live in the service: the clock (grace, pause, close) decides, late answers are kept as too_late. */
function aSubmissionsService(rq: Partial<RoundQuestionEntity>, round: Partial<RoundEntity> = {}) {
  const placement = { id: 'rq', roundId: 'round', contestId: 'contest', questionId: 'q', position: 1, status: 'open', openedAt: OPENED, deadline: at('2026-05-01T09:00:30.000Z'), closedAt: null, pausedAt: null, assignedTeamId: null, ...rq } as RoundQuestionEntity;
  const written: SubmissionEntity[] = [];
  const clock = new FakeClock(OPENED);
  const service = new SubmissionsService(
    fake<SubmissionRepository>({}),
    fake<ContestRepository>({}),
    new AnswerIntake(fake<SubmissionWriter>({ write: async (row: SubmissionEntity) => (written.push(row), 'inserted') }), fake<SubmissionRepository>({})),
    fake<OpenQuestionCache>({
      current: async () => ({ rq: placement, round: { id: 'round', contestId: 'contest', kind: 'required', title: '必答', position: 1, secondsPerQuestion: 30, settings: {}, ...round } as RoundEntity, question }),
    }),
    answerClock(clock),
    new SubmitContextService(fake<AnswerStateRepository>({})),
    unlimited(clock),
    fake<SubmissionResults>({}),
  );
  const submit = (now: string) => {
    clock.set(at(now));
    return service.submit(me, 'contest', { questionId: 'q', answer: 'B' }).then(
      (receipt) => receipt.status,
      (error: { code: string }) => error.code,
    );
  };
  return { submit, written };
}

describe('SubmissionsService (fake database and clock)', () => {
  it.each<[string, Partial<RoundQuestionEntity>, Partial<RoundEntity>, string, string, string | null]>([
    ['on time', {}, {}, '2026-05-01T09:00:10.000Z', 'pending', 'pending'],
    ['250 ms after the deadline, inside GRACE_MS 500', {}, {}, '2026-05-01T09:00:30.250Z', 'pending', 'pending'],
    ['600 ms after the deadline: refused and kept as too_late', {}, {}, '2026-05-01T09:00:30.600Z', 'SUBMISSION_TOO_LATE', 'too_late'],
    ["the round's own grace wins over GRACE_MS", {}, { settings: { graceMs: 1000 } }, '2026-05-01T09:00:30.800Z', 'pending', 'pending'],
    ['paused: refused, nothing kept', { pausedAt: at('2026-05-01T09:00:05.000Z') }, {}, '2026-05-01T09:00:06.000Z', 'QUESTION_PAUSED', null],
    ['after a manual close and its grace', { status: 'closed', closedAt: at('2026-05-01T09:00:10.000Z') }, {}, '2026-05-01T09:00:11.000Z', 'SUBMISSION_TOO_LATE', 'too_late'],
    ['extended: the moved deadline counts', { deadline: at('2026-05-01T09:00:45.000Z') }, {}, '2026-05-01T09:00:40.000Z', 'pending', 'pending'],
  ])('%s', async (_name, rq, round, now, answer, stored) => {
    const { submit, written } = aSubmissionsService(rq, round);
    expect(await submit(now)).toBe(answer);
    expect(written[0]?.status ?? null).toBe(stored);
    if (stored === 'too_late') expect(written[0].answerSlot).toBeNull();
  });
});
