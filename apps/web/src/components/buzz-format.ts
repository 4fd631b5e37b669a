/** "+0.031 s": how long after the first buzz a team buzzed. */
export function formatOffset(ms: number): string {
  return `+${(ms / 1000).toFixed(3)} s`;
}

/** hh:mm:ss.mmm: buzzes are often within the same second. */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}
