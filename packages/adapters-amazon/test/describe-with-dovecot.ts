import { describe, it } from 'vitest';
import { findDovecot } from './dovecot-server.js';

/**
 * Declares a suite that needs Dovecot. Without the `dovecot` binary it fails in CI (CI=true: .ci/run installs
 * it, so its absence is a broken step, never a silent skip) and is skipped locally with the reason in its name.
 */
export function describeWithDovecot(title: string, body: (binary: string) => void): void {
  const binary = findDovecot();
  if (binary) {
    describe(title, () => body(binary));
  } else if (process.env.CI === 'true') {
    describe(title, () => {
      it('needs Dovecot, which CI installs', () => {
        throw new Error('Dovecot is not installed, so the IMAP tests cannot run. .ci/run installs it (apt-get install -y dovecot-imapd) before npm test; check that step.');
      });
    });
  } else {
    describe.skip(`${title} — skipped: the \`dovecot\` binary was not found; install it with \`apt-get install -y dovecot-imapd\` to run these`, () => {
      it('is skipped', () => undefined);
    });
  }
}
