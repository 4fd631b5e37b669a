export * from './question';
export * from './contest';
export * from './events';
export * from './bank-import';
export * from './errors';
