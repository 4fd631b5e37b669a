module.exports = { ...require('../../jest.preset.js'), displayName: 'question-bank', rootDir: __dirname, testMatch: ['<rootDir>/src/**/*.spec.ts'] };
