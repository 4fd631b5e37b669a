// Browser end-to-end: a real api serving the built web app, driven by Debian's Chromium via playwright-core.
const preset = require('../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'browser',
  rootDir: __dirname,
  testMatch: ['<rootDir>/browser/**/*.browser-spec.ts'],
  setupFiles: ['<rootDir>/support/use-sqlite.js'],
  testTimeout: 180000,
};
