import { runClassifierContract } from '@lianxing/testkit';
import { createNgramClassifier } from './create-ngram-classifier.js';
import { TEST_EXAMPLES } from './__fixtures__/ngram-training-examples.js';

runClassifierContract({
  name: 'ngram (trained on a small set)',
  create: async () => {
    const ngram = createNgramClassifier();
    await ngram.train(TEST_EXAMPLES);
    return ngram;
  },
  knownAnswers: [
    { text: 'where is my package', language: 'en', intent: 'order_tracking' },
    { text: 'necesito la factura', language: 'es', intent: 'invoice_request' },
    { text: '我要退款', language: 'zh', intent: 'refund_request' },
  ],
});
