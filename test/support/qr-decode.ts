/**
 * A small QR code reader for the browser tests: a screenshot of a QR code drawn square and upright on screen
 * (the entry sheet, the big screen's lobby) → its text. Versions 1–10, every error-correction level, numeric,
 * alphanumeric and byte segments. It samples a clean rendering and does no error correction, so it fails
 * loudly (throws) on anything it cannot read exactly, never guesses.
 */

export type Matrix = boolean[][];

/** [blocks, error-correction codewords per block] for L, M, Q, H, versions 1–10 (ISO/IEC 18004, table 9). */
const BLOCKS: Record<number, Record<'L' | 'M' | 'Q' | 'H', [number, number]>> = {
  1: { L: [1, 7], M: [1, 10], Q: [1, 13], H: [1, 17] },
  2: { L: [1, 10], M: [1, 16], Q: [1, 22], H: [1, 28] },
  3: { L: [1, 15], M: [1, 26], Q: [2, 18], H: [2, 22] },
  4: { L: [1, 20], M: [2, 18], Q: [2, 26], H: [4, 16] },
  5: { L: [1, 26], M: [2, 24], Q: [4, 18], H: [4, 22] },
  6: { L: [2, 18], M: [4, 16], Q: [4, 24], H: [4, 28] },
  7: { L: [2, 20], M: [4, 18], Q: [6, 18], H: [5, 26] },
  8: { L: [2, 24], M: [4, 22], Q: [6, 22], H: [6, 26] },
  9: { L: [2, 30], M: [5, 22], Q: [8, 20], H: [8, 24] },
  10: { L: [4, 18], M: [5, 26], Q: [8, 24], H: [8, 28] },
};
const ALIGNMENT: Record<number, number[]> = {
  1: [], 2: [6, 18], 3: [6, 22], 4: [6, 26], 5: [6, 30], 6: [6, 34], 7: [6, 22, 38], 8: [6, 24, 42], 9: [6, 26, 46], 10: [6, 28, 50],
};
const LEVELS = { 1: 'L', 0: 'M', 3: 'Q', 2: 'H' } as const;
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];

/** The 32 valid format words (BCH(15,5), masked with 101010000010010), by their 5 data bits. */
function formatWords(): Map<number, number> {
  const words = new Map<number, number>();
  for (let data = 0; data < 32; data++) {
    let rem = data << 10;
    for (let bit = 14; bit >= 10; bit--) if (rem & (1 << bit)) rem ^= 0x537 << (bit - 10);
    words.set(((data << 10) | rem) ^ 0x5412, data);
  }
  return words;
}

const popcount = (n: number) => n.toString(2).replace(/0/g, '').length;

/** Which modules are function patterns (finders, separators, timing, alignment, format and version areas). */
function functionModules(version: number): Matrix {
  const n = 17 + version * 4;
  const f: Matrix = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  const box = (r0: number, c0: number, h: number, w: number) => {
    for (let r = Math.max(0, r0); r < Math.min(n, r0 + h); r++) for (let c = Math.max(0, c0); c < Math.min(n, c0 + w); c++) f[r][c] = true;
  };
  box(0, 0, 9, 9);
  box(0, n - 8, 9, 8);
  box(n - 8, 0, 8, 9);
  box(6, 0, 1, n);
  box(0, 6, n, 1);
  const centres = ALIGNMENT[version];
  const inFinder = (r: number, c: number) => (r < 9 && c < 9) || (r < 9 && c >= n - 8) || (r >= n - 8 && c < 9);
  for (const r of centres) for (const c of centres) if (!inFinder(r, c)) box(r - 2, c - 2, 5, 5);
  if (version >= 7) {
    box(0, n - 11, 6, 3);
    box(n - 11, 0, 3, 6);
  }
  return f;
}

/** The text of a sampled module matrix (true = dark). */
export function decodeMatrix(m: Matrix): string {
  const n = m.length;
  const version = (n - 17) / 4;
  if (!Number.isInteger(version) || !BLOCKS[version]) throw new Error(`QR: unsupported size ${n}×${n}`);
  // Format: the copy beside the top-left finder, bit 14 first.
  const cells: [number, number][] = [[8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8]];
  const raw = cells.reduce((acc, [r, c]) => (acc << 1) | (m[r][c] ? 1 : 0), 0);
  let best: { data: number; distance: number } = { data: -1, distance: 99 };
  for (const [word, data] of formatWords()) {
    const distance = popcount(word ^ raw);
    if (distance < best.distance) best = { data, distance };
  }
  if (best.distance > 3) throw new Error('QR: unreadable format information');
  const level = LEVELS[(best.data >> 3) as 0 | 1 | 2 | 3];
  const mask = MASKS[best.data & 7];

  // Data modules in the zigzag order, unmasked.
  const fn = functionModules(version);
  const bits: number[] = [];
  let upward = true;
  for (let right = n - 1; right > 0; right -= 2) {
    if (right === 6) right = 5;
    for (let k = 0; k < n; k++) {
      const r = upward ? n - 1 - k : k;
      for (const c of [right, right - 1]) if (!fn[r][c]) bits.push((m[r][c] ? 1 : 0) ^ (mask(r, c) ? 1 : 0));
    }
    upward = !upward;
  }
  const total = Math.floor(bits.length / 8);
  const codewords = Array.from({ length: total }, (_, i) => bits.slice(i * 8, i * 8 + 8).reduce((a, b) => (a << 1) | b, 0));

  // De-interleave the data codewords of each block (the shorter blocks come first).
  const [blocks, ec] = BLOCKS[version][level];
  const dataTotal = total - blocks * ec;
  const shortLen = Math.floor(dataTotal / blocks);
  const longBlocks = dataTotal % blocks;
  const lengths = Array.from({ length: blocks }, (_, b) => shortLen + (b >= blocks - longBlocks ? 1 : 0));
  const perBlock: number[][] = lengths.map(() => []);
  let at = 0;
  for (let i = 0; i < shortLen + 1; i++) for (let b = 0; b < blocks; b++) if (i < lengths[b]) perBlock[b].push(codewords[at++]);
  return readSegments(perBlock.flat(), version);
}

function readSegments(data: number[], version: number): string {
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));
  let pos = 0;
  const read = (count: number) => {
    if (pos + count > stream.length) throw new Error('QR: data ran out');
    let value = 0;
    for (let i = 0; i < count; i++) value = (value << 1) | stream[pos++];
    return value;
  };
  const small = version <= 9;
  let text = '';
  while (pos + 4 <= stream.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 1) {
      let count = read(small ? 10 : 12);
      for (; count >= 3; count -= 3) text += String(read(10)).padStart(3, '0');
      if (count === 2) text += String(read(7)).padStart(2, '0');
      if (count === 1) text += String(read(4));
    } else if (mode === 2) {
      let count = read(small ? 9 : 11);
      for (; count >= 2; count -= 2) {
        const pair = read(11);
        text += ALNUM[Math.floor(pair / 45)] + ALNUM[pair % 45];
      }
      if (count === 1) text += ALNUM[read(6)];
    } else if (mode === 4) {
      const count = read(small ? 8 : 16);
      text += new TextDecoder().decode(Uint8Array.from({ length: count }, () => read(8)));
    } else {
      throw new Error(`QR: unsupported segment mode ${mode}`);
    }
  }
  return text;
}

/**
 * Samples the QR code in a grey image (one byte per pixel, row by row): the dark pixels' bounding box is the
 * symbol; the top-left finder's top edge (7 modules) gives the module size; each module is read at its centre.
 */
export function decodeGrey(grey: Uint8Array, width: number, height: number): string {
  const dark = (x: number, y: number) => grey[y * width + x] < 128;
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!dark(x, y)) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right < 0) throw new Error('QR: no dark pixel in the image');
  let run = 0;
  while (left + run <= right && dark(left + run, top)) run++;
  const estimate = run / 7;
  const span = Math.max(right - left + 1, bottom - top + 1);
  // Sizes are 4v + 17 modules.
  const n = Math.round((span / estimate - 1) / 4) * 4 + 1;
  const size = span / n;
  const matrix: Matrix = Array.from({ length: n }, (_, r) =>
    Array.from({ length: n }, (_, c) => dark(Math.min(width - 1, Math.floor(left + (c + 0.5) * size)), Math.min(height - 1, Math.floor(top + (r + 0.5) * size)))),
  );
  return decodeMatrix(matrix);
}
