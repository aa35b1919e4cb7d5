import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signShopeePush, signShopeeRequest } from './sign-shopee-request.js';

// Expected values computed independently (Python's hmac module) from the documented formulas.
describe('Shopee signatures', () => {
  it('signs partner_id + path + timestamp + access_token + shop_id', () => {
    expect(
      signShopeeRequest({ partnerId: '2001234', path: '/api/v2/sellerchat/get_message', timestamp: 1772442900, accessToken: 'test-access-token', shopId: '947042923', partnerKey: 'test-partner-key-0001' }),
    ).toBe('0a17ea92bd2d8247ed7ac3a70efaff90c4b5ac954a18c2b8f35fec0f20d47471');
  });

  it('signs pushes as callbackUrl|rawBody', () => {
    const body = readFileSync(new URL('./__fixtures__/shopee-webhook-chat-message.json', import.meta.url), 'utf8');
    expect(signShopeePush('test-partner-key-0001', 'https://seller.example/shopee/push', body)).toBe('e880f9b5b200378bb3f83e03c214b379aa0f613feec370a59a2f7ecf1b8355df');
    expect(signShopeePush('k', 'https://a|', 'b')).toBe(signShopeePush('k', 'https://a', '|b'));
  });
});
