// Shared Jest settings: TypeScript through SWC (keeps decorator metadata for Nest) and the @jingsai/* aliases.
const path = require('node:path');

const root = __dirname;

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@jingsai/question-bank/cli$': path.join(root, 'libs/question-bank/src/cli/bank-cli'),
    '^@jingsai/(domain|grading|scoring|question-bank|analysis)$': path.join(root, 'libs/$1/src'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};
