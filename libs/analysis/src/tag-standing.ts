import type { TagStanding } from './analysis.types';
import { round4 } from './numbers.util';

/**
 * Strongest and weakest tags of one team or contestant, judged against the field: by
 * delta = own share − the tag's overall mean, so a tag everybody finds hard is not
 * everybody's weakness. Only tags where both are known; at most `top` each, and never the
 * same tag in both (with n tags each list takes at most ⌊n/2⌋, a single tag is only strongest).
 * Equal deltas keep contest order among the strongest.
 */
export function tagStandings(
  tags: readonly string[],
  share: (tag: number) => number | null,
  overall: readonly (number | null)[],
  top: number,
): { strongest: TagStanding[]; weakest: TagStanding[] } {
  const known: TagStanding[] = [];
  tags.forEach((tag, t) => {
    const own = share(t);
    const field = overall[t];
    if (own !== null && field !== null) known.push({ tag, share: own, delta: round4(own - field) });
  });
  const byDelta = [...known].sort((a, b) => b.delta - a.delta);
  const take = known.length === 1 ? 1 : Math.min(top, Math.floor(known.length / 2));
  return {
    strongest: byDelta.slice(0, take),
    // The tail of the same order, worst first: disjoint from strongest even when deltas tie.
    weakest: known.length < 2 ? [] : byDelta.slice(known.length - take).reverse(),
  };
}
