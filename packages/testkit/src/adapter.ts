export { runAdapterContract, type AdapterContractContext, type AdapterContractOptions, type ContractFault } from './run-adapter-contract.js';
export {
  sendJson,
  startMarketplaceTestServer,
  type MarketplaceTestServer,
  type RecordedRequest,
  type TestServerHandler,
} from './marketplace-test-server.js';
export { expectFixturesScrubbed, findPersonalData, type PersonalDataFinding } from './expect-fixtures-scrubbed.js';
export { createFaultQueue, type FaultQueue, type ScriptedFault } from './fault-queue.js';
export { startProtocolServer, type ProtocolReply, type ProtocolServer } from './start-protocol-server.js';
export { collectFetched, rejectionOf } from './test-helpers.js';
