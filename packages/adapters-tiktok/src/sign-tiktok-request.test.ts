import { describe, expect, it } from 'vitest';
import { signTikTokRequest, tiktokSignaturePayload } from './sign-tiktok-request.js';

// Expected values computed independently (Python's hmac module) from the documented steps.
describe('signTikTokRequest', () => {
  const appSecret = 'test-app-secret-0001';

  it('signs path + sorted query (without sign and access_token) + body, wrapped in the secret', () => {
    const path = '/customer_service/202309/conversations/7494560109732339999/messages';
    const query = new URLSearchParams({
      timestamp: '1772442900',
      app_key: 'test-app-key',
      sign: 'ignored',
      shop_cipher: 'ROW_TESTCIPHER',
      access_token: 'ignored-too',
      page_size: '10',
    });
    const body = '{"type":"TEXT","content":"{\\"content\\":\\"Hello\\"}"}';
    expect(tiktokSignaturePayload({ path, query, body, appSecret })).toBe(
      'test-app-secret-0001/customer_service/202309/conversations/7494560109732339999/messagesapp_keytest-app-keypage_size10shop_cipherROW_TESTCIPHERtimestamp1772442900{"type":"TEXT","content":"{\\"content\\":\\"Hello\\"}"}test-app-secret-0001',
    );
    expect(signTikTokRequest({ path, query, body, appSecret })).toBe('b34940909447a4678e224ddfee6c1b85057e919fab48552e030b56a23dd8a5e1');
  });

  it('signs a bodiless GET', () => {
    const query: [string, string][] = [['page_size', '20'], ['timestamp', '1772442900'], ['app_key', 'test-app-key']];
    expect(signTikTokRequest({ path: '/customer_service/202309/conversations', query, appSecret })).toBe(
      '9284615719964898d85736226c8569c879ed91824ef962c1266eb6641c7d9632',
    );
  });

  it('changes with any byte of the body', () => {
    const base = { path: '/p', query: new URLSearchParams({ a: '1' }), appSecret };
    expect(signTikTokRequest({ ...base, body: '{"a":1}' })).not.toBe(signTikTokRequest({ ...base, body: '{"a": 1}' }));
  });
});
