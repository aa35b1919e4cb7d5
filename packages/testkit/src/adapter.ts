export {
  sendJson,
  startMarketplaceTestServer,
  type MarketplaceTestServer,
  type RecordedRequest,
  type TestServerHandler,
} from './marketplace-test-server.js';
