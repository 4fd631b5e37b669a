/** Tiers typed as tags (stakes, speed shares): which values are not acceptable, and the numbers of the others. */
export function invalidTiers(values: (string | number)[] | undefined, valid: (n: number) => boolean): string[] {
  return (values ?? []).map(String).filter((v) => {
    const n = Number(v.trim());
    return !Number.isFinite(n) || !valid(n);
  });
}

export function tierNumbers(values: (string | number)[] | undefined, valid: (n: number) => boolean): number[] {
  return (values ?? []).map((v) => Number(String(v).trim())).filter((n) => Number.isFinite(n) && valid(n));
}
