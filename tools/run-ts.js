// Runs a TypeScript entry point directly (dev tools, CLIs, scripts): compiles each .ts file with SWC
// on require, keeping decorator metadata for Nest, and resolves the @jingsai/* aliases to libs/*/src.
// Usage: node tools/run-ts.js path/to/file.ts [args…]
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

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.js <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
require('reflect-metadata');
// Load as the main module, so `require.main === module` holds in the entry file.
Module._load(path.resolve(entry), null, true);
