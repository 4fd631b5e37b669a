// Resolves the @jingsai/* library imports of the compiled server code (dist/) at run time,
// mirroring the "paths" of tsconfig.base.json. Load with `node -r ./tools/aliases.js …`.
const Module = require('node:module');
const path = require('node:path');

const libs = path.resolve(__dirname, '..', 'dist', 'libs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = /^@jingsai\/(domain|grading|scoring|question-bank|analysis)(\/cli)?$/.exec(request);
  return resolve.call(this, match ? path.join(libs, match[1], 'src', match[2] ? 'cli/bank-cli' : '') : request, ...rest);
};
