export {
  createTikTokAdapter,
  TIKTOK_MAX_TEXT_LENGTH,
  TIKTOK_WEBHOOK_NEW_CONVERSATION,
  TIKTOK_WEBHOOK_NEW_MESSAGE,
  type TikTokAdapter,
  type TikTokConversation,
  type TikTokListMessagesOptions,
  type TikTokListOptions,
  type TikTokPage,
} from './tiktok-adapter.js';
export type { TikTokAdapterOptions, TikTokTokens } from './tiktok-adapter-options.js';
export { signTikTokRequest, tiktokSignaturePayload, type TikTokSignInput } from './sign-tiktok-request.js';
export { convertTikTokMessage } from './convert-tiktok-message.js';
export { decodeTikTokContent, type DecodedTikTokContent } from './decode-tiktok-content.js';
