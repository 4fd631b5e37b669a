// Cluster tier: two api processes and two grading workers on PostgreSQL and a scratch Redis, behind
// Debian's nginx running docker/nginx/nginx.conf (the file that ships).
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'cluster',
  rootDir: __dirname,
  testMatch: ['<rootDir>/cluster/**/*.cluster-spec.ts'],
  setupFiles: ['<rootDir>/support/use-postgres.js'],
  testTimeout: 600000,
};
