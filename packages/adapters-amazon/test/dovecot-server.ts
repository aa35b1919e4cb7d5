// Starts a throwaway Dovecot IMAP server on 127.0.0.1 for the tests: its own dovecot.conf, a passwd-file user
// and a Maildir in a temp folder, a free port, run in the foreground and stopped after. No system service is
// touched; it runs as the current user (or, as root, with Dovecot's own unprivileged users).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface DovecotServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  stop(): Promise<void>;
}

/** The path of the `dovecot` binary, or undefined when Dovecot is not installed. */
export function findDovecot(): string | undefined {
  for (const candidate of ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot', '/opt/homebrew/sbin/dovecot']) {
    if (spawnSync(candidate, ['--version']).status === 0) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v dovecot'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

function idOf(flag: '-u' | '-g', name: string): number {
  const result = spawnSync('id', [flag, name], { encoding: 'utf8' });
  const id = Number.parseInt(result.stdout, 10);
  if (result.status !== 0 || !Number.isInteger(id)) throw new Error(`Dovecot's system user \`${name}\` is missing: reinstall dovecot-core.`);
  return id;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Dovecot exited with code ${child.exitCode}:\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.destroy(); resolve(true); });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Dovecot did not listen on 127.0.0.1:${port} within 15 s:\n${log()}`);
}

export async function startDovecot(binary: string): Promise<DovecotServer> {
  const root = await mkdtemp(join(tmpdir(), 'lianxing-dovecot-'));
  // Dovecot's auth process (another user when we are root) must reach the passwd file.
  await chmod(root, 0o755);
  const port = await freePort();
  const me = userInfo();
  const asRoot = me.uid === 0;
  const user = 'seller';
  const password = 'test-password';
  await Promise.all(['run', 'state', 'home/seller/Maildir'].map((folder) => mkdir(join(root, folder), { recursive: true })));
  // As root, Dovecot wants its unprivileged service users; otherwise every service runs as us.
  const internalUser = asRoot ? 'dovecot' : me.username;
  const loginUser = asRoot ? 'dovenull' : me.username;
  // Dovecot never delivers mail as root: as root, the mailbox belongs to its `dovecot` user.
  const mailUid = asRoot ? idOf('-u', 'dovecot') : me.uid;
  const mailGid = asRoot ? idOf('-g', 'dovecot') : me.gid;
  if (asRoot) for (const folder of ['home', 'home/seller', 'home/seller/Maildir']) await chown(join(root, folder), mailUid, mailGid);
  await writeFile(join(root, 'passwd'), `${user}:{PLAIN}${password}:${mailUid}:${mailGid}::${join(root, 'home', user)}::\n`);
  const config = `
base_dir = ${join(root, 'run')}
state_dir = ${join(root, 'state')}
instance_name = lianxing-test-${port}
log_path = ${join(root, 'dovecot.log')}
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
default_internal_user = ${internalUser}
default_internal_group = ${asRoot ? 'dovecot' : String(me.gid)}
default_login_user = ${loginUser}
first_valid_uid = ${mailUid}
last_valid_uid = ${mailUid}
first_valid_gid = ${mailGid}
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${join(root, 'passwd')}
}
userdb {
  driver = passwd-file
  args = ${join(root, 'passwd')}
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
service auth {
  unix_listener auth-userdb {
    mode = 0666
  }
}
`;
  const configPath = join(root, 'dovecot.conf');
  await writeFile(configPath, config);
  let output = '';
  const child = spawn(binary, ['-F', '-c', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  // Never leave a server behind, even when the test process dies first.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = (): string => {
    const file = spawnSync('cat', [join(root, 'dovecot.log')], { encoding: 'utf8' }).stdout;
    return `${output}\n${file}`.trim();
  };
  try {
    await waitForPort(port, child, log);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}
