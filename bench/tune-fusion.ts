// Tunes how the built-in pipeline fuses its classifiers, on the corpus's dev split (the split kept for tuning):
//   node --import tsx --conditions=@lianxing/source bench/tune-fusion.ts
// Each classifier answers every dev message once; fusion weights and temperature are then searched offline, with
// the built-in pooling (BUILTIN_FUSION.fusion).
import { BUILTIN_FUSION, BUILTIN_TAXONOMY, createKeywordClassifier, detectLanguage, fusePredictions, loadBuiltinNgramClassifier, normalizeText, type ClassifierOutput } from 'lianxing';
import { loadSet } from './datasets.js';

const { test: dev } = loadSet('lianxing_corpus');
const ngram = loadBuiltinNgramClassifier();
const keyword = createKeywordClassifier();
const context = { taxonomy: BUILTIN_TAXONOMY };
const answers = dev.map((row) => {
  const text = normalizeText(row.text).text;
  const language = detectLanguage(text, { hint: row.lang }).code;
  return { row, ngram: ngram.classify({ text, language }, context) as ClassifierOutput, keyword: keyword.classify({ text, language }, context) as ClassifierOutput };
});

function score(ngramWeight: number, keywordWeight: number, temperature: number) {
  const results = answers.map(({ row, ngram: n, keyword: k }) => {
    const fused = fusePredictions(BUILTIN_TAXONOMY.ids, [{ source: 'n', weight: ngramWeight, output: n }, { source: 'k', weight: keywordWeight, output: k }], [], { ...BUILTIN_FUSION.fusion, temperature, floor: 0 });
    return { gold: row.label, lang: row.lang, intent: fused.intent, confidence: fused.confidence };
  });
  const correct = results.filter((result) => result.intent === result.gold).length / results.length;
  const bins = Array.from({ length: 10 }, () => ({ n: 0, c: 0, ok: 0 }));
  for (const result of results) { const bin = bins[Math.min(9, Math.floor(result.confidence * 10))]!; bin.n++; bin.c += result.confidence; if (result.intent === result.gold) bin.ok++; }
  const ece = bins.reduce((sum, bin) => (bin.n ? sum + (bin.n / results.length) * Math.abs(bin.ok / bin.n - bin.c / bin.n) : sum), 0);
  const high = results.filter((result) => result.confidence >= 0.9);
  const langs = [...new Set(results.map((result) => result.lang))].sort();
  const perLang = langs.map((lang) => { const rows = results.filter((result) => result.lang === lang); return `${lang} ${(rows.filter((result) => result.intent === result.gold).length / rows.length).toFixed(3)}`; });
  return { accuracy: correct, ece, highCoverage: high.length / results.length, highAccuracy: high.filter((result) => result.intent === result.gold).length / Math.max(1, high.length), perLang: perLang.join(' ') };
}

console.log(`dev messages: ${dev.length}`);
for (const [n, k] of (process.argv[2] === "fine" ? [[1, 0.7], [1, 1], [1, 1.3], [1, 1.5]] : [[1, 0], [0, 1], [1, 1], [2, 1], [3, 1], [4, 1], [6, 1]]) as [number, number][]) {
  for (const t of process.argv[2] === "fine" ? [0.4, 0.45, 0.5, 0.55, 0.6] : [0.6, 0.8, 1, 1.2]) {
    const s = score(n, k, t);
    console.log(`ngram ${n} keyword ${k} T ${t}: acc ${s.accuracy.toFixed(4)} ECE ${s.ece.toFixed(4)} conf≥0.9: ${(s.highCoverage * 100).toFixed(1)}% at ${s.highAccuracy.toFixed(4)} | ${s.perLang}`);
  }
}
