export { runAdapterContract, type AdapterContractContext, type AdapterContractOptions, type ContractFault } from './run-adapter-contract.js';
export {
  sendJson,
  startMarketplaceTestServer,
  type MarketplaceTestServer,
  type RecordedRequest,
  type TestServerHandler,
} from './marketplace-test-server.js';
export { expectFixturesScrubbed, findPersonalData } from './expect-fixtures-scrubbed.js';
