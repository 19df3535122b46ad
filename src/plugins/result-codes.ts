/**
 * Docusaurus plugin: reads every result code from the installed client's `Aerospike.status`
 * at build time and hands them to the <ResultCodeTable> component as global data, so the
 * reference page follows the client version in package-lock.json with no hand-kept list.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';

export interface ResultCode {
  code: number;
  /** Constant names without the AEROSPIKE_ prefix; a few codes have two. */
  names: string[];
  /** The client's own description, `status.getMessage(code)`. */
  message: string;
}

export interface ResultCodeData {
  clientVersion: string;
  codes: ResultCode[];
}

/** Reads the status table of the `aerospike` package installed for the examples. */
export function readResultCodes(examplesDir: string): ResultCodeData {
  const requireFromExamples = createRequire(path.join(examplesDir, 'package.json'));
  const aerospike = requireFromExamples('aerospike') as {
    status: Record<string, unknown> & { getMessage(code: number): string };
  };
  const { version } = requireFromExamples('aerospike/package.json') as { version: string };
  const byCode = new Map<number, string[]>();
  for (const [name, value] of Object.entries(aerospike.status)) {
    if (typeof value !== 'number' || name.startsWith('AEROSPIKE_')) continue;
    byCode.set(value, [...(byCode.get(value) ?? []), name]);
  }
  const codes = [...byCode.entries()]
    .sort(([a], [b]) => (a < 0 === b < 0 ? Math.abs(a) - Math.abs(b) : a < 0 ? 1 : -1))
    .map(([code, names]) => ({ code, names, message: aerospike.status.getMessage(code) }));
  return { clientVersion: version, codes };
}

export default function resultCodesPlugin(context: LoadContext): Plugin {
  return {
    name: 'result-codes',
    async loadContent() {
      return readResultCodes(path.join(context.siteDir, 'examples'));
    },
    async contentLoaded({ content, actions }) {
      actions.setGlobalData(content);
    },
  };
}
