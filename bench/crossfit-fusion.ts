// Chooses the built-in keyword classifier's fusion weight without looking at the dev split:
//   node --import tsx --conditions=@lianxing/source bench/crossfit-fusion.ts
// The n-gram model is trained 5 times, each time without one fifth of the corpus's training split, and answers
// that fifth (out-of-fold answers, as on unseen text); the keyword classifier answers every training line; the
// per-language macro-F1 of the fused answer is printed for each keyword weight, next to the dev split's for
// comparison. Takes a few minutes (5 trainings).
import { BUILTIN_FUSION, BUILTIN_TAXONOMY, createKeywordClassifier, createNgramClassifier, detectLanguage, fusePredictions, loadBuiltinNgramClassifier, normalizeText, type ClassifierOutput } from 'lianxing';
import { createHash } from 'node:crypto';
import { loadCorpus } from '../packages/classifiers/scripts/corpus.js';
import { BUILTIN_TRAINING_OPTIONS } from '../packages/classifiers/scripts/builtin-training.js';
const rows = loadCorpus();
const train = rows.filter((r) => r.split === 'train');
const dev = rows.filter((r) => r.split === 'dev');
const keyword = createKeywordClassifier();
const context = { taxonomy: BUILTIN_TAXONOMY };
const prep = (r: { text: string; lang: string }) => { const text = normalizeText(r.text).text; return { text, language: detectLanguage(text, { hint: r.lang }).code }; };
const fold = (t: string) => createHash('sha256').update('fold' + t).digest().readUInt32BE(0) % 5;
const oof = new Array<ClassifierOutput>(train.length);
for (let f = 0; f < 5; f++) {
  const c = createNgramClassifier({ ...BUILTIN_TRAINING_OPTIONS, intents: [...BUILTIN_TAXONOMY.ids] });
  await c.train(train.filter((r) => fold(r.text) !== f).map((r) => ({ text: r.text, intent: r.intent, language: r.lang })));
  train.forEach((r, i) => { if (fold(r.text) === f) oof[i] = c.classify(prep(r), context) as ClassifierOutput; });
  process.stderr.write(`fold ${f + 1}/5\n`);
}
const kTrain = train.map((r) => keyword.classify(prep(r), context) as ClassifierOutput);
const builtin = loadBuiltinNgramClassifier();
const nDev = dev.map((r) => builtin.classify(prep(r), context) as ClassifierOutput);
const kDev = dev.map((r) => keyword.classify(prep(r), context) as ClassifierOutput);
function macroF1(pairs: { gold: string; pred: string }[]) { const labels = new Set(pairs.map((p) => p.gold)); let sum = 0; for (const l of labels) { const tp = pairs.filter((p) => p.gold === l && p.pred === l).length; const fp = pairs.filter((p) => p.gold !== l && p.pred === l).length; const fn = pairs.filter((p) => p.gold === l && p.pred !== l).length; sum += tp ? (2 * tp) / (2 * tp + fp + fn) : 0; } return sum / labels.size; }
const fuse = (n: ClassifierOutput, k: ClassifierOutput, kw: number) => fusePredictions(BUILTIN_TAXONOMY.ids, [{ source: 'n', weight: 1, output: n }, { source: 'k', weight: kw, output: k }], [], BUILTIN_FUSION.fusion).intent;
const langs = [...new Set(rows.map((r) => r.lang))].sort();
const grid = [0, 0.5, 1, 1.5, 2, 3];
const out: string[] = [];
for (const l of langs) {
  const ti = train.map((r, i) => (r.lang === l ? i : -1)).filter((i) => i >= 0);
  const di = dev.map((r, i) => (r.lang === l ? i : -1)).filter((i) => i >= 0);
  const trainF = grid.map((kw) => macroF1(ti.map((i) => ({ gold: train[i]!.intent, pred: fuse(oof[i]!, kTrain[i]!, kw) }))));
  const devF = grid.map((kw) => macroF1(di.map((i) => ({ gold: dev[i]!.intent, pred: fuse(nDev[i]!, kDev[i]!, kw) }))));
  const best = trainF.indexOf(Math.max(...trainF));
  out.push(`${l} oof-train ${trainF.map((x) => x.toFixed(3)).join(' ')} | dev ${devF.map((x) => x.toFixed(3)).join(' ')} | chosen k=${grid[best]} dev ${devF[best]!.toFixed(3)}`);
}
console.log('grid', grid.join(' ')); console.log(out.join('\n'));
