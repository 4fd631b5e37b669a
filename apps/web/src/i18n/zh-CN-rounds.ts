/** Chinese text: round kinds' own rules (速答 tiers). */
export const zhRounds = {
  speedTiers: '速答得分比例',
  speedTiersHint: '按答对的先后顺序，第 1、2、3… 名答对者得本题分值的比例（0–1）',
  speedTiersDefault: '默认 1 / 0.8 / 0.6 / 0.4，之后答对的按最后一档计',
  speedTiersInvalid: '比例须在 0 到 1 之间',
  speedTiersShort: '速答 {tiers}',
} as const;
