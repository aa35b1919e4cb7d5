export {
  createMercadoLibreAdapter,
  MERCADOLIBRE_MAX_TEXT_LENGTH,
  MERCADOLIBRE_MESSAGE_TOPICS,
  type MercadoLibreActionOption,
  type MercadoLibreAdapter,
  type MercadoLibreConversationStatus,
  type MercadoLibrePackPage,
  type StartConversationRequest,
} from './mercadolibre-adapter.js';
export type { MercadoLibreAdapterOptions, MercadoLibreTokens } from './mercadolibre-adapter-options.js';
export { convertMercadoLibreMessage, mercadolibreMessageTime } from './convert-mercadolibre-message.js';
