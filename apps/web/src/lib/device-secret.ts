/**
 * The phone's own random secret, made once and kept in localStorage: the server binds a member to it, so
 * joining again from this phone is the same member and nobody else can take the place by the name alone.
 */
const KEY = 'jingsai.device';

function randomHex(bytes: number): string {
  // getRandomValues works on plain http too (randomUUID needs a secure context).
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function deviceSecret(): string {
  const stored = localStorage.getItem(KEY);
  if (stored && stored.length >= 16) return stored;
  const secret = randomHex(24);
  localStorage.setItem(KEY, secret);
  return secret;
}
