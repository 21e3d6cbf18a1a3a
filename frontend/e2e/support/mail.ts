import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SunkMail } from './smtp-sink';

function mailDir(): string {
  const dir = process.env.HAVEN_E2E_MAIL_DIR;
  if (!dir) throw new Error('HAVEN_E2E_MAIL_DIR is not set: run the tests through e2e/global-setup.ts');
  return dir;
}

/** Every email the app has sent to `email`, oldest first. */
export function mailsTo(email: string): SunkMail[] {
  const dir = mailDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as SunkMail)
    .filter((mail) => mail.to.includes(email.toLowerCase()));
}

/**
 * The path (e.g. `/reset-password/…`) of the newest link of this kind emailed to `email`,
 * waiting up to 15 s for it: the app sends emails after answering.
 */
export async function awaitLink(
  email: string,
  kind: 'verify-email' | 'reset-password' | 'invitation',
): Promise<{
  path: string;
  mail: SunkMail;
}> {
  const pattern = new RegExp(`https?://[^\\s/]+(/${kind}/[A-Za-z0-9_-]{43})`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = mailsTo(email)
      .reverse()
      .map((mail) => ({ mail, match: pattern.exec(mail.text) }))
      .find((candidate) => candidate.match);
    if (found?.match?.[1]) return { path: found.match[1], mail: found.mail };
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`No ${kind} link was emailed to ${email}`);
}
