/** Per-question answer state in localStorage: the typed answer and clientKey survive a reload. */
import type { AnswerValue, VisibleStatus } from '@jingsai/domain';

export interface StoredAnswer {
  clientKey: string;
  draft: AnswerValue | null;
  submissionId?: string;
  /** `submitted`: accepted, result held back until the question closes. */
  status?: VisibleStatus;
  score?: number | null;
  correct?: boolean | null;
  /** What the answer did to the team's score (as the board counts it). */
  points?: number | null;
  /** Server message when the submission was refused (e.g. 409 too late). */
  refusal?: string;
  /** Submitted while the phone could not reach the server: it goes out (same clientKey) once the phone is back. */
  unsent?: boolean;
}

const key = (contestantId: string, questionId: string) => `jingsai.answer.${contestantId}.${questionId}`;

function newClientKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Non-secure contexts (plain http on a LAN IP) have no randomUUID.
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

export function loadAnswer(contestantId: string, questionId: string): StoredAnswer {
  try {
    const raw = localStorage.getItem(key(contestantId, questionId));
    if (raw) return JSON.parse(raw) as StoredAnswer;
  } catch {
    /* fall through to a fresh answer */
  }
  return { clientKey: newClientKey(), draft: null };
}

export function saveAnswer(contestantId: string, questionId: string, answer: StoredAnswer): void {
  localStorage.setItem(key(contestantId, questionId), JSON.stringify(answer));
}
