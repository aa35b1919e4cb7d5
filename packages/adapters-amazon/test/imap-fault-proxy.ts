// A TCP proxy in front of the test Dovecot that can play the failures the adapter contract asks for:
// 'server_error' (the server says BYE and hangs up), 'unauthorized' (every login refused) and
// 'malformed_json' (the IMAP counterpart: a server that answers with something that is not IMAP). Otherwise it pipes bytes through.
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { ContractFault } from '@lianxing/testkit/adapter';

export interface ImapFaultProxy {
  readonly port: number;
  fault: ContractFault | undefined;
  close(): Promise<void>;
}

function refuseLogins(client: Socket): void {
  client.write('* OK [CAPABILITY IMAP4rev1] test server ready\r\n');
  let buffered = '';
  client.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    let newline: number;
    while ((newline = buffered.indexOf('\r\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 2);
      const [tag = '*', command = ''] = line.split(' ');
      if (/^capability$/i.test(command)) client.write(`* CAPABILITY IMAP4rev1\r\n${tag} OK done\r\n`);
      else if (/^(login|authenticate)$/i.test(command)) client.write(`${tag} NO [AUTHENTICATIONFAILED] Authentication failed.\r\n`);
      else if (/^logout$/i.test(command)) client.end(`* BYE\r\n${tag} OK bye\r\n`);
      else client.write(`${tag} BAD not logged in\r\n`);
    }
  });
}

export async function startImapFaultProxy(target: { readonly host: string; readonly port: number }): Promise<ImapFaultProxy> {
  const sockets = new Set<Socket>();
  const proxy: { fault: ContractFault | undefined } = { fault: undefined };
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    switch (proxy.fault) {
      case 'server_error':
        client.end('* BYE [UNAVAILABLE] Internal server error, try again later\r\n');
        return;
      case 'unauthorized':
        refuseLogins(client);
        return;
      case 'malformed_json':
        // Not an IMAP greeting: what a wrong port or a TLS mismatch looks like to the client.
        client.write('{"not": "imap"}\r\n');
        return;
      default: {
        const upstream = connect(target.port, target.host);
        sockets.add(upstream);
        upstream.on('close', () => sockets.delete(upstream));
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      }
    }
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('no port'));
    });
  });
  return {
    port,
    get fault() {
      return proxy.fault;
    },
    set fault(value) {
      proxy.fault = value;
    },
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
