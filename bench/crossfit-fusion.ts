// Chooses how the built-in classifiers are fused (linear or geometric pooling, and the keyword classifier's weight)
// on answers the n-gram model gave to text it had not seen:
//   node --import tsx --conditions=@lianxing/source bench/crossfit-fusion.ts
// The n-gram model is trained 5 times, each time without one fifth of the corpus's training split, and answers
// that fifth (out-of-fold answers, as on unseen text); the keyword classifier answers every training line; the
// per-language macro-F1 of the fused answer is printed for each pooling and keyword weight, next to the dev split's
// for comparison. Takes a few minutes (5 trainings).
import { BUILTIN_FUSION, BUILTIN_TAXONOMY, createKeywordClassifier, createNgramClassifier, detectLanguage, fusePredictions, loadBuiltinNgramClassifier, normalizeText, scorePredictions, type ClassifierOutput } from 'lianxing';
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
type Pooling = 'linear' | 'geometric';
const fuse = (n: ClassifierOutput, k: ClassifierOutput, kw: number, pooling: Pooling) => fusePredictions(BUILTIN_TAXONOMY.ids, [{ source: 'n', weight: 1, output: n }, { source: 'k', weight: kw, output: k }], [], { ...BUILTIN_FUSION.fusion, pooling });
/** Per-language macro-F1 of the fused answers, scored by core's evaluation code (as the bench scores). */
const scoreFused = (rowsOf: readonly { intent: string; lang: string }[], ngramOut: readonly ClassifierOutput[], keywordOut: readonly ClassifierOutput[], kw: number, pooling: Pooling) =>
  scorePredictions(rowsOf, rowsOf.map((row, index) => ({ ...fuse(ngramOut[index]!, keywordOut[index]!, kw, pooling), language: row.lang }))).perLanguage;
const langs = [...new Set(rows.map((r) => r.lang))].sort();
const mean = (scores: Record<string, { macroF1: number }>) => langs.reduce((sum, l) => sum + (scores[l]?.macroF1 ?? 0), 0) / langs.length;
const chosen: Record<string, number> = {};
for (const [pooling, grid] of [['linear', [0, 0.5, 1, 1.5, 2, 3]], ['geometric', [0.5, 0.7, 0.85, 1, 1.2, 1.5]]] as const) {
  const trainScores = grid.map((kw) => scoreFused(train, oof, kTrain, kw, pooling));
  const devScores = grid.map((kw) => scoreFused(dev, nDev, kDev, kw, pooling));
  const out: string[] = [`${pooling}: keyword weights ${grid.join(' ')}`];
  for (const l of langs) {
    const trainF = trainScores.map((scores) => scores[l]?.macroF1 ?? 0);
    const devF = devScores.map((scores) => scores[l]?.macroF1 ?? 0);
    // The best weight on the out-of-fold answers; a tie goes to the weight nearest 1.
    const best = trainF.reduce((at, value, index) => (value > trainF[at]! || (value === trainF[at]! && Math.abs(grid[index]! - 1) < Math.abs(grid[at]! - 1)) ? index : at), 0);
    if (pooling === 'geometric') chosen[l] = grid[best]!;
    out.push(`${l} oof-train ${trainF.map((x) => x.toFixed(3)).join(' ')} | dev ${devF.map((x) => x.toFixed(3)).join(' ')} | chosen k=${grid[best]} dev ${devF[best]!.toFixed(3)}`);
  }
  out.push(`mean oof-train ${trainScores.map((x) => mean(x).toFixed(4)).join(' ')} | dev ${devScores.map((x) => mean(x).toFixed(4)).join(' ')}`);
  console.log(out.join('\n'));
}
const devChosen = scorePredictions(dev, dev.map((row, index) => ({ ...fuse(nDev[index]!, kDev[index]!, chosen[row.lang] ?? 1, 'geometric'), language: row.lang }))).perLanguage;
console.log(`geometric, keyword weight per language as chosen on the training answers: ${JSON.stringify(chosen)}`);
console.log(`dev ${langs.map((l) => `${l} ${devChosen[l]!.macroF1.toFixed(3)}`).join(' ')} | mean ${mean(devChosen).toFixed(4)}`);
