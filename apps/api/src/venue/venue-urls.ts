/** Pure: which addresses phones can use to reach this server, and the one join links are built from. */

/** Home and office networks first (192.168/16, 10/8, 172.16/12), then others; link-local (169.254) last. */
function rank(address: string): number {
  const [a, b] = address.split('.').map(Number);
  if (a === 192 && b === 168) return 0;
  if (a === 10) return 1;
  if (a === 172 && b >= 16 && b <= 31) return 2;
  if (a === 169 && b === 254) return 4;
  return 3;
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || /^127\./.test(bare) || bare === '0.0.0.0';
}

/** `http://address:port` for each LAN address (never a loopback one), most likely reachable first. */
export function lanUrls(addresses: string[], port: number | null): string[] {
  if (!port) return [];
  return [...new Set(addresses)]
    .filter((a) => /^\d{1,3}(\.\d{1,3}){3}$/.test(a) && !isLoopbackHost(a))
    .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y, 'en', { numeric: true }))
    .map((a) => `http://${a}:${port}`);
}

/**
 * The base of every join link: PUBLIC_URL when set; otherwise the organizer's pick when this machine still
 * has that address, else its first LAN address; null when phones have no way to reach it.
 */
export function joinBaseOf(publicUrl: string | null, urls: string[], chosen: string | null | undefined): string | null {
  if (publicUrl) return publicUrl;
  if (chosen && urls.includes(chosen)) return chosen;
  return urls[0] ?? null;
}
