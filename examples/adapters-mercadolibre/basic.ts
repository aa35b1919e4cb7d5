// Receives Mercado Libre `messages` notifications: answers 200 at once (ML wants it within 500 ms), then verifies
// each by fetching the message it names, classifies it and suggests a reply.
// Needs MERCADOLIBRE_CLIENT_ID, MERCADOLIBRE_CLIENT_SECRET, MERCADOLIBRE_SELLER_ID, MERCADOLIBRE_REFRESH_TOKEN.
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { createMercadoLibreAdapter } from '@lianxing/adapters-mercadolibre';
import { createPipeline } from 'lianxing';

const ml = createMercadoLibreAdapter({
  // Refresh tokens are single-use: persist each new one before anything else.
  onTokens: (tokens) => writeFile('ml-tokens.json', JSON.stringify(tokens)),
});
const pipeline = createPipeline();

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
  request.on('end', () => {
    const { ack, result } = ml.receiveNotification({ headers: request.headers as Record<string, string>, body });
    response.writeHead(ack.status).end();
    result
      .then(async (notification) => {
        for (const message of notification.messages) {
          const classified = await pipeline.classify(message);
          console.log(message.conversationId, classified.intent, classified.suggestions[0]?.text ?? '(a person answers)');
        }
      })
      .catch((error: unknown) => console.error(error));
  });
}).listen(8080);
