import { AdjustmentEntity } from './adjustment.entity';
import { AuditLogEntity } from './audit-log.entity';
import { BuzzEntity } from './buzz.entity';
import { ContestJudgeEntity } from './contest-judge.entity';
import { ContestEntity } from './contest.entity';
import { ContestQuestionEntity } from './contest-question.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { JoinRequestEntity } from './join-request.entity';
import { AppealEntity } from './appeal.entity';
import { ContestantEntity } from './contestant.entity';
import { GradeEntity } from './grade.entity';
import { PaperWindowEntity } from './paper-window.entity';
import { PaperEntity } from './paper.entity';
import { LifelineUseEntity } from './lifeline-use.entity';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionEntity } from './question.entity';
import { ReviewEntity } from './review.entity';
import { RoundQuestionEntity } from './round-question.entity';
import { RoundEntity } from './round.entity';
import { StakeEntity } from './stake.entity';
import { SubmissionEntity } from './submission.entity';
import { TeamEntity } from './team.entity';
import { UserEntity } from './user.entity';

export {
  AdjustmentEntity, AuditLogEntity, BuzzEntity, ContestJudgeEntity, ContestEntity, ContestantEntity, GradeEntity,
  QuestionBankEntity, QuestionEntity, ReviewEntity, RoundQuestionEntity, RoundEntity, StakeEntity, SubmissionEntity,
  TeamEntity, UserEntity, LifelineUseEntity, PaperEntity, PaperWindowEntity, ContestQuestionEntity, OutboxMessageEntity, JoinRequestEntity, AppealEntity,
};
export type { ContestSettings } from './contest.entity';
export type { PaperSettings, RoundSettingsColumn } from './round.entity';
export { roundSettingsOf } from './round.entity';
export type { RoundQuestionStatus } from './round-question.entity';
export type { StoredQuestion } from './question.entity';

export const ENTITIES = [
  AdjustmentEntity, AuditLogEntity, BuzzEntity, ContestJudgeEntity, ContestEntity, ContestantEntity, GradeEntity,
  QuestionBankEntity, QuestionEntity, ReviewEntity, RoundQuestionEntity, RoundEntity, StakeEntity, SubmissionEntity,
  TeamEntity, UserEntity, LifelineUseEntity, PaperEntity, PaperWindowEntity, ContestQuestionEntity, OutboxMessageEntity, JoinRequestEntity, AppealEntity,
];
