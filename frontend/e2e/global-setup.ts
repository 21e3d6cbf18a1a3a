import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startHaven } from './support/haven-server';
import { startSmtpSink } from './support/smtp-sink';

/**
 * Starts the packaged app with demo data (see support/haven-server.ts) and an SMTP sink, and
 * returns the teardown that stops both. Tests read the address, the demo password and where the
 * emails land from the environment; a spec that needs a differently configured app starts its own
 * with startHaven and the same sink (HAVEN_E2E_SMTP_PORT).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // Every email the apps send lands in mailDir, where the tests read the links in it.
  const mailDir = join(mkdtempSync(join(tmpdir(), 'haven-e2e-mail-')), 'mail');
  const smtp = await startSmtpSink(mailDir);
  let haven;
  try {
    haven = await startHaven({ smtpPort: smtp.port });
  } catch (error) {
    await smtp.stop();
    throw error;
  }
  process.env.HAVEN_BASE_URL = haven.baseUrl;
  process.env.HAVEN_E2E_DEMO_PASSWORD = haven.demoPassword;
  process.env.HAVEN_E2E_LOG = haven.logPath;
  process.env.HAVEN_E2E_MAIL_DIR = mailDir;
  process.env.HAVEN_E2E_SMTP_PORT = String(smtp.port);
  console.log(`Haven is ready at ${haven.baseUrl} (log: ${haven.logPath})`);

  const server = haven;
  return async () => {
    await server.stop();
    await smtp.stop();
    if (process.env.HAVEN_E2E_KEEP_DATA) console.log(`Kept ${mailDir}`);
    else rmSync(dirname(mailDir), { recursive: true, force: true });
  };
}
