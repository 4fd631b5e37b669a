import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { BuzzUniqueIndexes1764835200000 } from './1764835200000-buzz-unique-indexes';
import { RoundQuestionPause1764921600000 } from './1764921600000-round-question-pause';
import { LifelinesAndTurns1765300000000 } from './1765300000000-lifelines-and-turns';
import { Papers1765400000000 } from './1765400000000-papers';
import { SubmissionsGradedAtIndex1765500000000 } from './1765500000000-submissions-graded-at-index';
import { ContestQuestionCopies1765600000000 } from './1765600000000-contest-question-copies';
import { Outbox1765700000000 } from './1765700000000-outbox';
import { SessionsAndRosters1765800000000 } from './1765800000000-sessions-and-rosters';
import { AuditReasonText1765900000000 } from './1765900000000-audit-reason-text';
import { Appeals1766000000000 } from './1766000000000-appeals';

/** Every migration, oldest first. Add new ones at the end; never edit one that has shipped. */
export const MIGRATIONS = [
  InitialSchema1764230400000, BuzzUniqueIndexes1764835200000, RoundQuestionPause1764921600000, LifelinesAndTurns1765300000000, Papers1765400000000,
  SubmissionsGradedAtIndex1765500000000, ContestQuestionCopies1765600000000, Outbox1765700000000, SessionsAndRosters1765800000000, AuditReasonText1765900000000, Appeals1766000000000,
];
