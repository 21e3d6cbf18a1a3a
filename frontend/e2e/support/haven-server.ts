import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, rmSync, mkdtempSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** HAVEN_E2E_READY_TIMEOUT_MS gives a busy machine longer to start the app. */
const READY_TIMEOUT_MS = Number(process.env.HAVEN_E2E_READY_TIMEOUT_MS) || 120_000;
const STOP_GRACE_MS = 15_000;

/** A port the OS says is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Long and random: the demo accounts must not have a guessable or "common" password. */
function strongPassword(): string {
  return `e2e ${randomBytes(18).toString('base64url')} haven`;
}

function hasSetpriv(): boolean {
  return spawnSync('setpriv', ['--help'], { stdio: 'ignore' }).status === 0;
}

function tail(path: string, lines = 60): string {
  try {
    return readFileSync(path, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

async function waitUntilReady(baseUrl: string, app: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null || app.signalCode !== null) {
      throw new Error(`The app exited (${app.exitCode ?? app.signalCode}) before it was ready. Log:\n${tail(logPath)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/actuator/health/readiness`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`The app was not ready within ${READY_TIMEOUT_MS / 1000} s. Log:\n${tail(logPath)}`);
}

function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || app.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => app.kill('SIGKILL'), STOP_GRACE_MS);
    app.once('exit', () => {
      clearTimeout(force);
      done();
    });
    app.kill('SIGTERM'); // graceful shutdown first
  });
}

/** A running app: its address, the demo accounts' password, its log, and how to stop it. */
export type HavenServer = { baseUrl: string; demoPassword: string; logPath: string; stop: () => Promise<void> };

/**
 * Starts the packaged app (HAVEN_JAR) with demo data on a free port and a fresh data directory,
 * its emails going to the SMTP sink on `smtpPort`, with `env` added to its environment (e.g.
 * HAVEN_STAFF_TWO_FACTOR), and waits until it is ready. `stop` ends it and removes its data.
 */
export async function startHaven({
  smtpPort,
  env = {},
}: {
  smtpPort: number;
  env?: Record<string, string>;
}): Promise<HavenServer> {
  const jar = process.env.HAVEN_JAR ? resolve(process.env.HAVEN_JAR) : '';
  if (!jar || !existsSync(jar)) {
    throw new Error(
      `Set HAVEN_JAR to the packaged app (e.g. backend/target/haven.jar); got "${process.env.HAVEN_JAR ?? ''}".`,
    );
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-e2e-'));
  const logPath = join(dataDir, 'haven.log');
  const logFile = openSync(logPath, 'a');
  const demoPassword = strongPassword();
  const baseUrl = `http://127.0.0.1:${port}`;
  const javaArgs = [
    // The JVM's quick compiler only: a test server lives minutes, and the optimising compiler's
    // work (half of the server's CPU in a browser-test run) never pays back in that time. The jar
    // itself is the one that ships.
    '-XX:TieredStopAtLevel=1',
    '-jar',
    jar,
    '--demo',
    `--server.port=${port}`,
    `--haven.data-dir=${dataDir}`,
    // No --haven.public-url: as on a fresh install, links start with the address the browser used
    // (127.0.0.1, one of the server's own), and the admin home warns that the address is unset.
    '--spring.mail.host=127.0.0.1',
    `--spring.mail.port=${smtpPort}`,
    // A tile server that refuses at once (there is no internet here either): the map shows its
    // bundled base map, quickly and the same on every machine.
    '--haven.map.tile-url=http://127.0.0.1:9/{z}/{x}/{y}.png',
    // Two browsers sign in the same demo accounts side by side and rarely log out: with the usual
    // cap of five sessions per account, a long test's session could be ended by the sign-ins of
    // the tests beside it. The cap itself is tested on the server (RateLimitApiTestBase).
    '--haven.security.session.max-per-account=1000',
  ];

  // setpriv --pdeathsig: the kernel kills the app if this runner dies without a teardown
  // (a crash, a SIGKILL), so no stray server outlives the test run.
  const [command, args] = hasSetpriv() ? ['setpriv', ['--pdeathsig', 'KILL', 'java', ...javaArgs]] : ['java', javaArgs];
  const app = spawn(command, args, {
    env: { ...process.env, ...env, HAVEN_DEMO_PASSWORD: demoPassword },
    stdio: ['ignore', logFile, logFile],
  });
  closeSync(logFile);

  // And on an orderly exit of the runner that skipped the teardown (Ctrl-C is handled by
  // Playwright itself, which runs the teardown).
  const killNow = () => {
    if (app.exitCode === null && app.signalCode === null) app.kill('SIGKILL');
  };
  process.once('exit', killNow);

  try {
    await waitUntilReady(baseUrl, app, logPath);
  } catch (error) {
    killNow();
    throw error;
  }
  return {
    baseUrl,
    demoPassword,
    logPath,
    stop: async () => {
      await stop(app);
      process.removeListener('exit', killNow);
      if (process.env.HAVEN_E2E_KEEP_DATA) console.log(`Kept ${dataDir}`);
      else rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
