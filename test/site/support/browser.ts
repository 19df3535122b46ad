import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium by default; CHROMIUM_PATH points elsewhere (GitHub's runners ship Chrome). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** Headless, with every background service that would phone home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-gpu',
    ],
  });
}
