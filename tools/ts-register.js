// Lets a fresh Node context (a worker thread started from TypeScript sources, as in tests and
// `tools/run-ts.js`) require .ts files: compiles them with SWC on require, keeping decorator
// metadata, and resolves the @jingsai/* aliases to libs/*/src. tools/run-ts.js loads it too.
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const match = /^@jingsai\/(domain|grading|scoring|question-bank|analysis)(\/cli)?$/.exec(request);
  return resolve.call(this, match ? path.join(root, 'libs', match[1], 'src', match[2] ? 'cli/bank-cli' : '') : request, ...rest);
};

if (!Module._extensions['.ts']) {
  Module._extensions['.ts'] = function (module, filename) {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      sourceMaps: 'inline',
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}
