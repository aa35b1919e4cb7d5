// One-off helper used to lay down a package's build files consistently. Kept for adding packages later:
//   node scripts/scaffold-package.mjs <dir> <name> "<description>" [entry ...]
import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
const [dir, name, description, ...entriesArg] = process.argv.slice(2);
const entries = entriesArg.length ? entriesArg : ['index'];
mkdirSync(`${dir}/src`, { recursive: true });
const exportsMap = {};
for (const entry of entries) {
  const key = entry === 'index' ? '.' : `./${entry}`;
  exportsMap[key] = {
    '@lianxing/source': `./src/${entry}.ts`,
    import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
    require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
  };
}
exportsMap['./package.json'] = './package.json';
const pkg = {
  name, version: '0.1.0', description, license: 'MIT', type: 'module', sideEffects: false,
  files: ['dist'], main: './dist/index.cjs', module: './dist/index.js', types: './dist/index.d.ts',
  exports: exportsMap,
  scripts: { build: 'tsup' },
  engines: { node: '>=20.11' },
};
if (!existsSync(`${dir}/package.json`)) writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
writeFileSync(`${dir}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { rootDir: 'src', outDir: '.tsbuild', tsBuildInfoFile: '.tsbuild/tsconfig.tsbuildinfo' }, include: ['src'], references: [] }, null, 2) + '\n');
writeFileSync(`${dir}/tsconfig.build.json`, JSON.stringify({ extends: './tsconfig.json', compilerOptions: { composite: false, incremental: false, declarationMap: false, emitDeclarationOnly: false }, exclude: ['src/**/*.test.ts', 'src/**/*.test-d.ts', 'src/**/__fixtures__/**'] }, null, 2) + '\n');
writeFileSync(`${dir}/tsup.config.ts`, `import { defineConfig } from 'tsup';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: ${JSON.stringify(Object.fromEntries(entries.map((e) => [e, `src/${e}.ts`])))},
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
});
`);
