export { createShopeeAdapter, SHOPEE_PUSH_CHAT, type ShopeeAdapter } from './shopee-adapter.js';
export type { ShopeeAdapterOptions } from './shopee-adapter-options.js';
export { signShopeePush, signShopeeRequest, type ShopeeSignInput } from './sign-shopee-request.js';
export { convertShopeeMessage } from './convert-shopee-message.js';
