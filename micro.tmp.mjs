// synthetic: 58k rows, 8 weights each, 151 classes, 82 random features per message
const rows = 58000, K = 151, per = 8, bits = 20;
const rowOf = new Int32Array(1 << bits).fill(-1);
const buckets = new Int32Array(rows); for (let r = 0; r < rows; r++) { const b = (r * 2654435761 >>> 0) & ((1 << bits) - 1); buckets[r] = b; rowOf[b] = r; }
const rowStart = new Int32Array(rows + 1); for (let r = 0; r <= rows; r++) rowStart[r] = r * per;
const columns = new Uint16Array(rows * per).map((_, i) => (i * 7) % K); const values = new Float32Array(rows * per).map(() => Math.random());
const out = new Float64Array(K); const bias = new Float32Array(K);
const vecs = Array.from({ length: 3000 }, () => { const idx = new Int32Array(82).map(() => buckets[Math.floor(Math.random() * rows)]); return { indices: idx.sort(), values: new Float32Array(82).fill(0.1) }; });
function logits(v) { for (let k = 0; k < K; k++) out[k] = bias[k]; for (let i = 0; i < v.indices.length; i++) { const row = rowOf[v.indices[i]]; if (row === -1) continue; const val = v.values[i]; const end = rowStart[row + 1]; for (let c = rowStart[row]; c < end; c++) out[columns[c]] += val * values[c]; } }
for (let rep = 0; rep < 5; rep++) { const t0 = performance.now(); for (const v of vecs) logits(v); console.log(((performance.now() - t0) * 1000 / vecs.length).toFixed(2), 'us'); }
