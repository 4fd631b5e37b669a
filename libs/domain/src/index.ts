export * from './question';
export * from './contest';
export * from './bank-import';
export * from './errors';
export * from './contract';
