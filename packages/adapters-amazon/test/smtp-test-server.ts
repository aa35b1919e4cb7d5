// A real SMTP server on 127.0.0.1 (the smtp-server package) that records what it receives.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface ReceivedMail {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
  readonly parsed: ParsedMail;
}

export interface SmtpTestServer {
  readonly port: number;
  readonly received: ReceivedMail[];
  /** Answers the next messages with this SMTP error (e.g. 451 or 550), then accepts again. */
  rejectNext(code: number, count?: number): void;
  close(): Promise<void>;
}

export async function startSmtpTestServer(options: { readonly auth?: { user: string; pass: string } } = {}): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  const rejections: number[] = [];
  const serverOptions: SMTPServerOptions = {
    disabledCommands: options.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.auth,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const code = rejections.shift();
        if (code !== undefined) return callback(Object.assign(new Error(code >= 500 ? 'Message rejected' : 'Try again later'), { responseCode: code }));
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((parsed) => {
          received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, parsed });
          callback();
        }, callback);
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      if (typeof address === 'object' && address) resolve(address.port);
      else reject(new Error('no port'));
    });
  });
  return {
    port,
    received,
    rejectNext(code, count = 1) {
      for (let index = 0; index < count; index++) rejections.push(code);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
