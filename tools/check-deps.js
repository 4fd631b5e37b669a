#!/usr/bin/env node
// Dependency rules of the server, checked on every relative import (npm run check:deps):
//   - apps/api/src in three tiers: feature → shared → database, never back;
//   - apps/api never imports apps/worker (the worker composes the api's grading module);
//   - libs never import apps.
// Exits 1 and lists every import that breaks a rule.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const API = 'apps/api/src';
/** Tiers inside apps/api/src by top-level folder (or file); anything not listed is a feature. */
const TIERS = {
  database: ['common', 'config', 'database', 'queue', 'audit', 'testing', 'core.module.ts'],
  shared: ['round-kinds', 'answering'],
};
const RANK = { database: 0, shared: 1, feature: 2 };

function tierOf(file) {
  const top = path.relative(path.join(ROOT, API), file).split(path.sep)[0];
  for (const [tier, entries] of Object.entries(TIERS)) if (entries.includes(top)) return tier;
  return 'feature';
}

function sourceFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

const IMPORT = /(?:^|\s)(?:import|export)\s[^'";]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|(?:import|require)\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gm;
const within = (file, dir) => !path.relative(path.join(ROOT, dir), file).startsWith('..');

function problemsOf(file) {
  const problems = [];
  const text = fs.readFileSync(file, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    const target = path.resolve(path.dirname(file), match[1] ?? match[2]);
    const rel = (f) => path.relative(ROOT, f);
    if (within(file, 'libs') && within(target, 'apps')) problems.push(`${rel(file)}: a lib imports an app (${match[1] ?? match[2]})`);
    if (within(file, 'apps/api') && within(target, 'apps/worker')) problems.push(`${rel(file)}: apps/api imports apps/worker (${match[1] ?? match[2]})`);
    if (within(file, API) && within(target, API) && RANK[tierOf(target)] > RANK[tierOf(file)]) {
      problems.push(`${rel(file)}: the ${tierOf(file)} tier imports the ${tierOf(target)} tier (${match[1] ?? match[2]})`);
    }
  }
  return problems;
}

const files = ['apps/api/src', 'apps/worker/src', 'libs'].flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
const problems = files.flatMap(problemsOf);
if (problems.length) {
  console.error(`Dependency rules broken (${problems.length}):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Dependency rules hold (${files.length} files): feature → shared → database; apps/api ↛ apps/worker; libs ↛ apps.`);
