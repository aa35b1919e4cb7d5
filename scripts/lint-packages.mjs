#!/usr/bin/env node
// Checks every published package after a build: publint (strict) on its exports, and that the `exports` map
// and the tsup entries agree (each entry has an export with source, import and require conditions).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { spawnSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let problems = 0;
for (const name of readdirSync(join(root, 'packages'))) {
  const dir = join(root, 'packages', name);
  const pkgPath = join(dir, 'package.json');
  if (!existsSync(pkgPath)) continue;
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  if (pkg.private) continue;
  if (!existsSync(join(dir, 'dist'))) {
    console.log(`✗ ${pkg.name}: no dist/ (run npm run build first)`);
    problems++;
    continue;
  }
  const { messages } = await publint({ pkgDir: dir, strict: true, level: 'warning' });
  for (const message of messages) {
    console.log(`✗ ${pkg.name}: publint ${message.type} ${message.code} at ${message.path.join('.')}`);
    problems++;
  }
  const tsup = readFileSync(join(dir, 'tsup.config.ts'), 'utf8');
  const entryBlock = tsup.match(/entry:\s*(\{[^}]*\})/);
  const entries = entryBlock ? [...entryBlock[1].matchAll(/"?([\w-]+)"?\s*:\s*['"]src\/([\w/-]+)\.ts['"]/g)].map((m) => m[1]) : [];
  for (const entry of entries) {
    const key = entry === 'index' ? '.' : `./${entry}`;
    const target = pkg.exports?.[key];
    if (!target) { console.log(`✗ ${pkg.name}: tsup entry "${entry}" has no "${key}" in exports`); problems++; continue; }
    for (const condition of ['@lianxing/source', 'import', 'require']) {
      if (!target[condition]) { console.log(`✗ ${pkg.name}: exports["${key}"] lacks "${condition}"`); problems++; }
    }
    for (const file of [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]) {
      if (!existsSync(join(dir, file))) { console.log(`✗ ${pkg.name}: ${file} was not built`); problems++; }
    }
  }
  for (const key of Object.keys(pkg.exports ?? {})) {
    if (key === './package.json') continue;
    const entry = key === '.' ? 'index' : key.slice(2);
    if (!entries.includes(entry)) { console.log(`✗ ${pkg.name}: exports "${key}" has no tsup entry`); problems++; }
  }
  // Are the types wrong? Packs the package and resolves every export as Node 16+ (ESM and CJS) and bundlers do.
  const attw = spawnSync('npx', ['--no-install', 'attw', '--pack', dir, '--profile', 'node16', '--format', 'ascii'], { cwd: root, encoding: 'utf8' });
  if (attw.status !== 0) {
    console.log(`✗ ${pkg.name}: attw found problems:\n${attw.stdout}${attw.stderr}`);
    problems++;
  }
  if (problems === 0) console.log(`✓ ${pkg.name}`);
}
process.exit(problems === 0 ? 0 : 1);
