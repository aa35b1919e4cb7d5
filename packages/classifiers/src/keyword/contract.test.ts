import { runClassifierContract } from '@lianxing/testkit';
import { createKeywordClassifier } from './create-keyword-classifier.js';

runClassifierContract({ name: 'keyword', create: () => createKeywordClassifier() });
runClassifierContract({
  name: 'keyword (custom lexicon)',
  create: () => createKeywordClassifier({ builtin: false, lexicons: { en: { refund_request: ['refund'] }, ja: { return_request: ['返品'] } } }),
  knownAnswers: [
    { text: 'I need a refund', language: 'en', intent: 'refund_request' },
    { text: '返品したい', language: 'ja', intent: 'return_request' },
  ],
});
