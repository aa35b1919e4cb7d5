// The sentiment benchmark: negative-vs-rest precision, recall and F1 per language, Lianxing side by side with the
// sentiment analyzers of NLP.js (node-nlp) and natural, on the shared tweet set (XLM-T: en es pt fr de) and on our
// own labelled buyer messages (9 languages), in one run.
//   npm run bench:sentiment        → writes bench/SENTIMENT-RESULTS.md
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { analyzeSentiment, isSupportedLanguage } from '@lianxing/core';
import { loadOwnCorpus, loadXlmt, OWN_LANGUAGES, XLMT_LANGUAGES, type SentimentRow } from './sentiment-data.js';
import { lianxingSentiment, NATURAL_VOCABULARIES, naturalSentiment, nlpjsSentiment, type SentimentSystem } from './sentiment-systems.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const version = (name: string, dir = `node_modules/${name}`): string => (JSON.parse(readFileSync(`${root}${dir}/package.json`, 'utf8')) as { version: string }).version;

interface Scored { readonly row: SentimentRow; readonly score: number; readonly negative: boolean }
interface Prf { readonly precision: number; readonly recall: number; readonly f1: number; readonly support: number }

function prf(gold: readonly boolean[], predicted: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((isGold, index) => {
    if (predicted[index] && isGold) tp++;
    else if (predicted[index]) fp++;
    else if (isGold) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), support: tp + fn };
}
const negativeF1 = (scored: readonly Scored[], decide: (item: Scored) => boolean = (item) => item.negative): Prf =>
  prf(scored.map((item) => item.row.label === 'negative'), scored.map(decide));

async function scoreAll(system: SentimentSystem, rows: readonly SentimentRow[]): Promise<Scored[]> {
  const scored: Scored[] = [];
  for (const row of rows) scored.push({ row, ...(await system.score(row)) });
  return scored;
}

/** The cut-off on a system's own score that maximizes negative F1 on `train` (for the "tuned on train" rows). */
function tuneThreshold(train: readonly Scored[]): number {
  const candidates = [...new Set(train.map((item) => item.score))].sort((a, b) => a - b);
  let best = { threshold: 0, f1: -1 };
  for (let index = 0; index < candidates.length; index++) {
    const next = candidates[index + 1];
    const threshold = next === undefined ? candidates[index]! + 1e-9 : (candidates[index]! + next) / 2;
    const { f1 } = negativeF1(train, (item) => item.score < threshold);
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best.threshold;
}

const byLanguage = (scored: readonly Scored[], language: string): Scored[] => scored.filter((item) => item.row.lang === language);
const fmt = (value: number): string => value.toFixed(3);
const cell = (result: Prf | undefined): string => (result === undefined ? '—' : `${fmt(result.precision)} / ${fmt(result.recall)} / **${fmt(result.f1)}**`);

const log = (message: string): void => void process.stderr.write(`${message}\n`);
const started = Date.now();
const xlmtTrain = loadXlmt('train');
const xlmtVal = loadXlmt('val');
const ownTest = loadOwnCorpus('test');
const ownDev = loadOwnCorpus('dev');
log(`XLM-T train ${xlmtTrain.length}, val ${xlmtVal.length}; own corpus test ${ownTest.length}, dev ${ownDev.length}`);

// natural ships several vocabularies for some languages: each language gets the one with the best negative F1 on
// XLM-T train (its default rule, score < 0), the most favourable fair choice for it.
const naturalChoice: Record<string, string> = {};
for (const language of XLMT_LANGUAGES) {
  let best = { vocabulary: '', f1: -1 };
  for (const vocabulary of NATURAL_VOCABULARIES[language] ?? []) {
    const candidate = naturalSentiment({ [language]: vocabulary });
    const { f1 } = negativeF1(await scoreAll(candidate, xlmtTrain.filter((row) => row.lang === language)));
    if (f1 > best.f1) best = { vocabulary, f1 };
  }
  naturalChoice[language] = best.vocabulary;
}
log(`natural vocabularies chosen on train: ${JSON.stringify(naturalChoice)}`);

const systems: SentimentSystem[] = [lianxingSentiment(), nlpjsSentiment(), naturalSentiment(naturalChoice)];
const supported = (system: SentimentSystem, rows: readonly SentimentRow[]): SentimentRow[] => rows.filter((row) => system.supports(row.lang));
const results = new Map<string, { xlmtTrain: Scored[]; xlmtVal: Scored[]; ownTest: Scored[]; ownDev: Scored[]; perSecond: number }>();
for (const system of systems) {
  log(`  scoring ${system.name} …`);
  const valRows = supported(system, xlmtVal);
  await scoreAll(system, valRows.slice(0, 300)); // warm-up
  const timer = performance.now();
  const val = await scoreAll(system, valRows);
  const perSecond = valRows.length / ((performance.now() - timer) / 1000);
  results.set(system.name, {
    xlmtTrain: await scoreAll(system, supported(system, xlmtTrain)), xlmtVal: val,
    ownTest: await scoreAll(system, supported(system, ownTest)), ownDev: await scoreAll(system, supported(system, ownDev)), perSecond,
  });
}

const lines: string[] = [];
const cpu = cpus()[0]?.model ?? 'cpu';
lines.push('# Sentiment benchmark', '');
lines.push(`Run: ${new Date().toISOString().slice(0, 10)} · \`npm run bench:sentiment\` · Node ${process.version} · ${cpu} × ${cpus().length} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · ${((Date.now() - started) / 1000).toFixed(0)} s`);
lines.push(`Versions: @lianxing/core ${version('@lianxing/core', 'packages/core')}, node-nlp ${version('node-nlp')}, natural ${version('natural')}.`, '');
lines.push('Task: **negative vs rest** (a message is negative or it is not). Each cell is precision / recall / **F1** of the negative class.', '');
lines.push('Systems, each asked as its users ask it, one message at a time:');
lines.push('- **Lianxing**: `analyzeSentiment(text, language)` from `@lianxing/core` with its built-in lexicons and default cut-offs; negative when `label === "negative"`.');
lines.push('- **NLP.js**: `new SentimentAnalyzer().getSentiment(text, locale)` from `node-nlp`; negative when `vote === "negative"`. It has no sentiment data for ja and zh (—).');
lines.push(`- **natural**: \`new SentimentAnalyzer(language, PorterStemmer<lang>, vocabulary)\` over the words of the text; negative when the score is below 0. Vocabulary per language chosen on XLM-T train (best negative F1): ${Object.entries(naturalChoice).map(([language, vocabulary]) => `${language} ${vocabulary}`).join(', ')}. natural has no vocabulary for ja, zh, id, th (—).`);
lines.push('- **… (cut-off tuned on train)**: the same system with the cut-off on its own score that maximizes negative F1 on XLM-T train, per language; for our corpus the cut-off tuned on XLM-T train is reused (our corpus has no training split). This shows the lexicons, not just where each library puts zero.', '');

// 1. XLM-T
lines.push('## Shared set: XLM-T tweets (`../shared/datasets/xlmt_sentiment`, `val` split)', '');
lines.push('The set\'s `test` split is held out of the shared folder; `val` (324 tweets per language, a third negative) is reported here. Only `train` was used to choose anything: natural\'s vocabulary, the tuned cut-offs, and the general (non-shopping) vocabulary added to Lianxing\'s lexicons from its false negatives. No `val` tweet was read; the figures of earlier runs were seen before the last rounds of train-driven changes.', '');
lines.push('"All negative" is the trivial baseline (every tweet called negative): with a third negative, its F1 is about 0.5.', '');
const header = ['language', ...systems.map((system) => system.name), ...systems.map((system) => `${system.name} (cut-off tuned on train)`), 'all negative'];
lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`);
const xlmtF1 = new Map<string, Map<string, number>>();
const tuned = new Map<string, Map<string, number>>();
for (const language of XLMT_LANGUAGES) {
  const row: string[] = [language];
  const tunedCells: string[] = [];
  for (const system of systems) {
    const result = results.get(system.name)!;
    const val = byLanguage(result.xlmtVal, language);
    if (val.length === 0) {
      row.push('—');
      tunedCells.push('—');
      continue;
    }
    const plain = negativeF1(val);
    row.push(cell(plain));
    if (!xlmtF1.has(system.name)) xlmtF1.set(system.name, new Map());
    xlmtF1.get(system.name)!.set(language, plain.f1);
    const threshold = tuneThreshold(byLanguage(result.xlmtTrain, language));
    if (!tuned.has(system.name)) tuned.set(system.name, new Map());
    tuned.get(system.name)!.set(language, threshold);
    tunedCells.push(cell(negativeF1(val, (item) => item.score < threshold)));
  }
  const everything = xlmtVal.filter((item) => item.lang === language);
  const baseline = prf(everything.map((item) => item.label === 'negative'), everything.map(() => true));
  lines.push(`| ${[...row, ...tunedCells, cell(baseline)].join(' | ')} |`);
}
lines.push('');

// 2. Own corpus
const ownTable = (title: string, note: string, pick: (result: NonNullable<ReturnType<typeof results.get>>) => Scored[]): void => {
  lines.push(title, '', note, '');
  const head = ['language', 'messages (negative)', ...systems.map((system) => system.name), ...systems.slice(1).map((system) => `${system.name} (cut-off tuned on XLM-T train)`)];
  lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`);
  for (const language of OWN_LANGUAGES) {
    const lianxing = byLanguage(pick(results.get('Lianxing')!), language);
    const row = [language, `${lianxing.length} (${lianxing.filter((item) => item.row.label === 'negative').length})`];
    for (const system of systems) {
      const scored = byLanguage(pick(results.get(system.name)!), language);
      row.push(scored.length === 0 ? '—' : cell(negativeF1(scored)));
    }
    for (const system of systems.slice(1)) {
      const scored = byLanguage(pick(results.get(system.name)!), language);
      const threshold = tuned.get(system.name)?.get(language);
      row.push(scored.length === 0 || threshold === undefined ? '—' : cell(negativeF1(scored, (item) => item.score < threshold)));
    }
    lines.push(`| ${row.join(' | ')} |`);
  }
  lines.push('');
};
ownTable('## Our buyer messages: test split (`bench/sentiment-corpus`, 9 languages)',
  'Written for this project (150 per language, 50 per label; see `bench/sentiment-corpus/README.md`). A fixed hash of the text puts about half in **test**; lexicon errors were only ever inspected on the other half (dev). The test figures of earlier runs were seen before the last rounds of changes (general vocabulary chosen on XLM-T train; how much praise counts in a mixed message, chosen on dev and XLM-T train). Caveat: the same author wrote the corpus (first) and the lexicons (after), so this is not a blind test of vocabulary; the XLM-T table is the independent one.',
  (result) => result.ownTest);
ownTable('## Our buyer messages: dev split (inspected while writing the lexicons, for reference only)', 'Optimistic by construction.', (result) => result.ownDev);

// 3. Anger and phenomena (Lianxing only: the peers have no anger signal)
lines.push('## Lianxing only, our test split: anger, and each hard case', '');
const lianxingTest = results.get('Lianxing')!.ownTest;
const anger = new Map(ownTest.map((row) => [row.text, analyzeSentiment(row.text, isSupportedLanguage(row.lang) ? row.lang : 'und')]));
lines.push('| language | anger precision / recall / F1 (gold `anger`, predicted `anger ≥ 0.5`) | 3-way accuracy (negative / neutral / positive) |', '|---|---|---|');
for (const language of OWN_LANGUAGES) {
  const rows = ownTest.filter((row) => row.lang === language);
  const angerPrf = prf(rows.map((row) => row.anger === true), rows.map((row) => (anger.get(row.text)?.anger ?? 0) >= 0.5));
  const accuracy = rows.filter((row) => anger.get(row.text)?.label === row.label).length / rows.length;
  lines.push(`| ${language} | ${cell(angerPrf)} (${angerPrf.support} angry) | ${fmt(accuracy)} |`);
}
lines.push('');
lines.push('| tag | messages | 3-way accuracy | negative F1 |', '|---|---|---|---|');
for (const tag of ['negation', 'slang', 'sarcasm', 'mixed', 'caps', 'emoji']) {
  const tagged = lianxingTest.filter((item) => item.row.tags?.includes(tag));
  const accuracy = tagged.filter((item) => anger.get(item.row.text)?.label === item.row.label).length / Math.max(1, tagged.length);
  lines.push(`| ${tag} | ${tagged.length} | ${fmt(accuracy)} | ${fmt(negativeF1(tagged).f1)} |`);
}
lines.push('');

// 4. Speed
lines.push('## Speed', '');
lines.push('Messages per second, one at a time, single process, over XLM-T val after a 300-message warm-up (NLP.js `getSentiment` is async by API).', '');
lines.push('| system | messages / s | vs Lianxing |', '|---|---|---|');
const ours = results.get('Lianxing')!.perSecond;
for (const system of systems) {
  const perSecond = results.get(system.name)!.perSecond;
  lines.push(`| ${system.name} | ${Math.round(perSecond).toLocaleString('en')} | ${(perSecond / ours).toFixed(2)}× |`);
}
lines.push('');

// 5. Targets
lines.push('## Targets (issue 4)', '');
lines.push('| target | language | measured | met |', '|---|---|---|---|');
for (const language of OWN_LANGUAGES) {
  const f1 = negativeF1(byLanguage(lianxingTest, language)).f1;
  lines.push(`| negative F1 ≥ 0.80 on our data (test split) | ${language} | ${fmt(f1)} | ${f1 >= 0.8 ? 'yes' : '**no**'} |`);
}
for (const language of XLMT_LANGUAGES) {
  const ourF1 = xlmtF1.get('Lianxing')!.get(language)!;
  const peers = systems.slice(1).map((system) => `${system.name} ${fmt(xlmtF1.get(system.name)?.get(language) ?? 0)}`);
  const met = systems.slice(1).every((system) => ourF1 > (xlmtF1.get(system.name)?.get(language) ?? 0));
  lines.push(`| negative F1 above NLP.js and natural on XLM-T (val) | ${language} | Lianxing ${fmt(ourF1)} vs ${peers.join(', ')} | ${met ? 'yes' : '**no**'} |`);
}
lines.push('');

const out = `${root}bench/SENTIMENT-RESULTS.md`;
writeFileSync(out, `${lines.join('\n')}\n`);
log(`wrote ${out}`);
