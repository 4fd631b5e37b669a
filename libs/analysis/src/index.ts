export * from './analysis.types';
export * from './analyse-contest';
export { DEFAULT_THRESHOLDS } from './contest-index';
export { contestScoreEvents } from './score-events';
export { computeRankPaths, type RankPaths } from './rank-path';
export { upperLowerIndex, itemRestCorrelation, type UnitSample } from './discrimination';
