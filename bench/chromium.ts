import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (a library's own browser download fails on these machines), for the browser tests and bench:page. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian packages the browser tests need: the browser, and a CJK face so screenshots read. */
const PACKAGES = ['chromium', 'fonts-wqy-microhei'];

function apt(args: string[]): void {
  execFileSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 900_000,
  });
}

/**
 * Installs Chromium from Debian's packages when it is missing (a fresh machine, CI), so
 * `npm test` needs nothing installed by hand. Without root or apt it says what to install.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get'))
    throw new Error(
      `the browser tests need Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install ${PACKAGES.join(' ')}) or set CHROMIUM_PATH`,
    );
  const install = ['install', '-y', '--no-install-recommends', ...PACKAGES];
  try {
    apt(install);
  } catch {
    // A machine whose package lists are old or missing: refresh them once and try again.
    apt(['update']);
    apt(install);
  }
}

/**
 * Headless Chromium with no network of its own: without the background-networking flags it
 * calls Google's hosts at start, which this machine refuses (and a test of "the page asks for
 * nothing outside the server" must see only the page's own requests).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
