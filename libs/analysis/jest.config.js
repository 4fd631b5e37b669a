module.exports = { ...require('../../jest.preset.js'), displayName: 'analysis', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
