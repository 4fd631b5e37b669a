// Chaos tests: each starts its own redis-server and processes, breaks them during a burst of answers,
// and checks that every accepted answer is graded exactly once. SQLite (multi-process, WAL).
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'chaos',
  rootDir: __dirname,
  testMatch: ['<rootDir>/chaos/**/*.chaos-spec.ts'],
  setupFiles: ['<rootDir>/support/use-sqlite.js'],
  testTimeout: 300000,
};
