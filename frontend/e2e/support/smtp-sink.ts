import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One email as the browser tests read it. */
export type SunkMail = { to: string[]; subject: string; text: string; language: string | null };

/**
 * The SMTP server the app under test sends to: it accepts every message on 127.0.0.1 without
 * authentication and writes each one, parsed, as a JSON file in `dir`, where the tests (other
 * processes) read them. Answers the port and the way to stop it.
 */
export async function startSmtpSink(dir: string): Promise<{ port: number; stop: () => Promise<void> }> {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const addresses = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
          const sunk: SunkMail = {
            to: addresses.flatMap((address) => address.value.map((entry) => (entry.address ?? '').toLowerCase())),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            language: (mail.headers.get('content-language') as string | undefined) ?? null,
          };
          count += 1;
          writeFileSync(join(dir, `${Date.now()}-${String(count).padStart(5, '0')}.json`), JSON.stringify(sunk));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
