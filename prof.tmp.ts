import { readFileSync } from 'node:fs';
import { featurize } from './packages/classifiers/src/ngram/featurize.js';
const rows = readFileSync('../shared/datasets/clinc150/val.jsonl', 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
let nnz = 0;
for (let rep = 0; rep < 3; rep++) { const t0 = performance.now(); nnz = 0; for (const t of rows) nnz += featurize(t).indices.length; console.log('featurize us/msg', ((performance.now() - t0) * 1000 / rows.length).toFixed(1), 'avg nnz', (nnz / rows.length).toFixed(0), 'avg chars', (rows.join('').length / rows.length).toFixed(0)); }
