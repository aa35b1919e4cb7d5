#!/usr/bin/env node
// Checks corpus/<lang>.jsonl files of the built-in corpus, and optional keyword lexicons.
// Usage: node scripts/check-corpus.mjs [lang ...]   (default: every file present)
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'packages/classifiers/corpus');
const lexiconDir = join(root, 'packages/classifiers/src/keyword/lexicon');
const INTENTS = ['order_tracking','shipping_time','delivery_problem','address_change','order_cancel','order_change','return_request','exchange_request','refund_request','refund_status','product_question','stock_availability','product_defect','wrong_or_missing_item','invoice_request','price_negotiation','promotion_inquiry','payment_issue','customs_duties','complaint_escalation','positive_feedback','human_agent','greeting_other','spam'];
const LANGS = ['en','es','pt','fr','de','ja','zh','id','th'];
const MIN = Number(process.env.MIN_PER_INTENT ?? 60);

const langs = process.argv.slice(2).length ? process.argv.slice(2) : LANGS.filter((l) => existsSync(join(corpusDir, `${l}.jsonl`)));
let problems = 0;
const report = (msg) => { problems++; console.log('  ✗ ' + msg); };
for (const lang of langs) {
  const file = join(corpusDir, `${lang}.jsonl`);
  console.log(`${lang}: ${file}`);
  if (!existsSync(file)) { report('missing file'); continue; }
  const counts = Object.fromEntries(INTENTS.map((i) => [i, 0]));
  const seen = new Map();
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const n = index + 1;
    if (line.trim() === '') { if (index !== lines.length - 1) report(`line ${n}: blank line`); return; }
    let row;
    try { row = JSON.parse(line); } catch (e) { report(`line ${n}: invalid JSON (${e.message})`); return; }
    const keys = Object.keys(row).sort().join(',');
    if (keys !== 'intent,lang,text') report(`line ${n}: keys must be exactly text, intent, lang (got ${keys})`);
    if (typeof row.text !== 'string' || row.text.trim().length === 0) report(`line ${n}: empty text`);
    if (!INTENTS.includes(row.intent)) report(`line ${n}: unknown intent ${JSON.stringify(row.intent)}`);
    if (row.lang !== lang) report(`line ${n}: lang ${JSON.stringify(row.lang)} in ${lang}.jsonl`);
    const key = String(row.text).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) report(`line ${n}: duplicate of line ${seen.get(key)}: ${row.text.slice(0, 60)}`);
    else seen.set(key, n);
    if (counts[row.intent] !== undefined) counts[row.intent]++;
  });
  for (const [intent, count] of Object.entries(counts)) if (count < MIN) report(`${intent}: ${count} lines (< ${MIN})`);
  console.log(`  ${seen.size} unique lines; per intent: ${Object.entries(counts).map(([i, c]) => `${i}=${c}`).join(' ')}`);
  const lexFile = join(lexiconDir, `${lang}.json`);
  if (existsSync(lexFile)) {
    let lex;
    try { lex = JSON.parse(readFileSync(lexFile, 'utf8')); } catch (e) { report(`lexicon: invalid JSON (${e.message})`); continue; }
    for (const intent of INTENTS) {
      const entries = lex[intent];
      if (!Array.isArray(entries) || entries.length < 10) { report(`lexicon ${intent}: needs an array of at least 10 entries`); continue; }
      for (const entry of entries) {
        const ok = typeof entry === 'string' ? entry.trim() !== '' : Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry[1] > 0 && entry[1] <= 3;
        if (!ok) report(`lexicon ${intent}: bad entry ${JSON.stringify(entry)}`);
      }
    }
    for (const key of Object.keys(lex)) if (!INTENTS.includes(key)) report(`lexicon: unknown intent key ${key}`);
    console.log(`  lexicon: ${Object.values(lex).flat().length} entries`);
  } else console.log('  (no lexicon yet)');
}
console.log(problems === 0 ? 'OK' : `${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
