/** Question banks: the list, their questions, an import's summary, a contest's own copies and a rejudge. */
import type { DuplicateBank, QuestionReport } from '../bank-import';
import type { Question, QuestionType } from '../question';
import type { WireDate } from './contests';

export interface BankSummary<D = WireDate> {
  id: string;
  name: string;
  sourceFile: string | null;
  createdAt: D;
  questionCount: number;
}

export type StoredQuestion = Question & { id: string; bankId: string };

/** A contest's own copy of a question (GET /contests/:id/questions). */
export type ContestQuestion = StoredQuestion & { contestId: string; revision: number };

export interface ImportSummary {
  /** null for a dry run (a preview: nothing saved). */
  bankId: string | null;
  name: string;
  dryRun: boolean;
  /** What was done: a new bank, the old bank's questions replaced, or new questions merged into it. */
  action: 'preview' | 'created' | 'replaced' | 'merged';
  imported: number;
  /** Merge: questions left out because the bank already has their stem. */
  skipped: number;
  drafts: number;
  byType: Record<QuestionType, number>;
  warnings: { line: number; message: string }[];
  /** Banks of this owner with the same name or the same questions. */
  duplicates: DuplicateBank[];
  /** Dry run only: the parsed questions and, for each, the layout recognised and its warnings. */
  questions?: Question[];
  reports?: QuestionReport[];
}

/** POST /contests/:id/questions/:qid/rejudge and POST /rounds/:id/grading. */
export interface RejudgeReport {
  dryRun: boolean;
  total: number;
  changed: number;
  examples?: { submissionId: string; answer: unknown; before: number | null; after: number }[];
}
