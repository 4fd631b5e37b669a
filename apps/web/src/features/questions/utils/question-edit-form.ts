import { type StoredQuestion, countBlanksInStem } from '@jingsai/domain';
import type { QuestionPatch } from '../../banks/api/update-question';

/** The edit form's values: the common fields, then the key by type. */
export interface QuestionEditForm {
  stem: string;
  points: number;
  explanation?: string;
  /** Knowledge points (知识点): the paper's part heading and the organizer's own; the analysis groups by them. */
  tags?: string[];
  single?: string;
  multiple?: string[];
  truefalse?: boolean | null;
  /** One entry per blank; accepted variants separated by `|`. */
  blanks?: string[];
  reference?: string;
  /** One key point per line. */
  keyPoints?: string;
}

export function blankCount(q: StoredQuestion, stem: string): number {
  return q.type === 'blank' ? Math.max(q.blanks.length, countBlanksInStem(stem), 1) : 0;
}

export function toEditForm(q: StoredQuestion): QuestionEditForm {
  const base: QuestionEditForm = { stem: q.stem, points: q.points, explanation: q.explanation ?? '', tags: q.tags ?? [] };
  switch (q.type) {
    case 'single':
      return { ...base, single: q.answer || undefined };
    case 'multiple':
      return { ...base, multiple: q.answer };
    case 'truefalse':
      return { ...base, truefalse: q.answer };
    case 'blank': {
      const blanks = Array.from({ length: blankCount(q, q.stem) }, (_, i) => (q.blanks[i] ?? []).join(' | '));
      return { ...base, blanks };
    }
    case 'short':
      return { ...base, reference: q.reference, keyPoints: q.keyPoints.join('\n') };
    default:
      return base;
  }
}

const splitVariants = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[|｜]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** The key the form describes, in the domain Question's fields. */
function keyOf(q: StoredQuestion, f: QuestionEditForm): QuestionPatch {
  switch (q.type) {
    case 'single':
      return { answer: f.single ?? '' };
    case 'multiple':
      return { answer: [...(f.multiple ?? [])].sort() };
    case 'truefalse':
      return { answer: f.truefalse ?? null };
    case 'blank':
      return { blanks: (f.blanks ?? []).map(splitVariants) };
    case 'short':
      return { reference: (f.reference ?? '').trim(), keyPoints: (f.keyPoints ?? '').split('\n').map((k) => k.trim()).filter(Boolean) };
    default:
      return {};
  }
}

/** Only the fields that differ from the stored question: what PATCH /questions/:id takes. */
export function toPatch(q: StoredQuestion, f: QuestionEditForm): QuestionPatch {
  const candidate: Record<string, unknown> = {
    stem: f.stem.trim(),
    points: f.points,
    explanation: (f.explanation ?? '').trim(),
    tags: [...new Set((f.tags ?? []).map((tag) => tag.trim().slice(0, 50)).filter(Boolean))].slice(0, 20),
    ...keyOf(q, f),
  };
  const original: Record<string, unknown> = { ...q, explanation: q.explanation ?? '', tags: q.tags ?? [] };
  const changed = Object.entries(candidate).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(original[k]));
  return Object.fromEntries(changed) as QuestionPatch;
}
