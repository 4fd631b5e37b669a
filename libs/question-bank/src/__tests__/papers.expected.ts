/** Expected readings of the extra papers in ./papers (written by hand; each convention differs from the sample). */
import type { PaperExpectation } from './paper-expectation';
import { INLINE_PAPERS } from './papers-inline.expected';
import { KEYED_PAPERS } from './papers-with-keys.expected';

export type { PaperExpectation } from './paper-expectation';

export const PAPERS: Record<string, PaperExpectation[]> = { ...INLINE_PAPERS, ...KEYED_PAPERS };
