/** Stable, high-contrast colours for teams on a dark background. */
const PALETTE = ['#4f9dff', '#ffb545', '#42d392', '#ff6b8b', '#b388ff', '#2fd3e0', '#ff8a4c', '#c6e04f', '#f47fd6', '#7fb0ff', '#ffd86b', '#6ee7b7'];

export function colorFor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
