// Runs a TypeScript entry point directly (dev tools, CLIs, scripts): compiles each .ts file with SWC
// on require, keeping decorator metadata for Nest, and resolves the @jingsai/* aliases to libs/*/src.
// Usage: node tools/run-ts.js path/to/file.ts [args…]
const Module = require('node:module');
const path = require('node:path');
// The .ts loader and the @jingsai/* aliases (shared with worker threads started from sources).
require('./ts-register');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node tools/run-ts.js <file.ts> [args…]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(entry), ...args];
require('reflect-metadata');
// Load as the main module, so `require.main === module` holds in the entry file.
Module._load(path.resolve(entry), null, true);
