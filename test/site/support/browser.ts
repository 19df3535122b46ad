import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium by default; CHROMIUM_PATH points elsewhere (GitHub's runners ship Chrome). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const hasChromium = fs.existsSync(CHROMIUM_PATH);

/** Every background service that would phone home switched off. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];

/** Headless Chromium with CHROMIUM_ARGS. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
