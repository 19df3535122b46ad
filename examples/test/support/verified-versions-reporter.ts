import fs from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** Committed record of what the examples last passed against; the home page shows it. */
export const VERIFIED_FILE = path.join(__dirname, '..', '..', 'verified-versions.json');

/**
 * Writes the client and server versions after a run in which every live example ran and
 * passed. A run with skipped live tests or any failure leaves the file as it was.
 */
export default class VerifiedVersionsReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, _errors: unknown, reason: string): void {
    const server = process.env.LIVE_SERVER_BUILD;
    if (reason !== 'passed' || !server) return;
    const live = testModules.filter((module) => module.project.name === 'examples');
    const allRan = live.length > 0 && live.every((module) => module.state() === 'passed');
    if (!allRan) return;
    const client = (require('aerospike/package.json') as { version: string }).version;
    const text = `${JSON.stringify({ aerospikeClient: client, aerospikeServer: server }, null, 2)}\n`;
    if (fs.existsSync(VERIFIED_FILE) && fs.readFileSync(VERIFIED_FILE, 'utf8') === text) return;
    fs.writeFileSync(VERIFIED_FILE, text);
  }
}
