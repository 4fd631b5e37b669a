// API end-to-end tests: a real app over HTTP and Socket.IO, real Redis, and a real database —
// once on an SQLite file, once on PostgreSQL (DATABASE_URL or the local test database).
const preset = require('../jest.preset.js');

const project = (db) => ({
  ...preset,
  displayName: `api-e2e-${db}`,
  rootDir: __dirname,
  testMatch: ['<rootDir>/api/**/*.e2e-spec.ts'],
  setupFiles: [`<rootDir>/support/use-${db}.js`],
});

module.exports = {
  projects: [project('sqlite'), project('postgres')],
  testTimeout: 60000,
};
