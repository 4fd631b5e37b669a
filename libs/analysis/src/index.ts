export * from './analysis.types';
