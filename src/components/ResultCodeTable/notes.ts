// Short explanations of the codes the guide covers, one translate() call each so that
// `docusaurus write-translations` extracts them into i18n/ko/code.json.
import { translate } from '@docusaurus/Translate';

export interface CodeNote {
  text: string;
  /** The page that handles this code, as a path under /docs. */
  guide: string;
}

export function codeNotes(): Record<number, CodeNote> {
  return {
    0: {
      text: translate({ id: 'resultCodes.note.0', message: 'Success.' }),
      guide: 'result-codes#guide-codes',
    },
    2: {
      text: translate({
        id: 'resultCodes.note.2',
        message: 'Usually a normal outcome: return a default value or null. Not worth retrying.',
      }),
      guide: 'error-handling/specific-first',
    },
    3: {
      text: translate({
        id: 'resultCodes.note.3',
        message: 'Another writer changed the record since you read it: read again and retry (check-and-set).',
      }),
      guide: 'error-handling/optimistic-locking',
    },
    5: {
      text: translate({
        id: 'resultCodes.note.5',
        message: 'A create-only write found the record already there. The default upsert never returns it.',
      }),
      guide: 'error-handling/create-only',
    },
    9: {
      text: translate({
        id: 'resultCodes.note.9',
        message: 'No answer within the timeout. Transient: retry with backoff; a write may be in doubt.',
      }),
      guide: 'error-handling/timeouts',
    },
    12: {
      text: translate({
        id: 'resultCodes.note.12',
        message:
          'The operation does not fit the bin type, e.g. an increment on a string. Bad data or a bug: do not retry.',
      }),
      guide: 'error-handling/bad-input',
    },
    13: {
      text: translate({
        id: 'resultCodes.note.13',
        message: "The record exceeds the namespace's maximum record size. Split the data.",
      }),
      guide: 'result-codes#guide-codes',
    },
    20: {
      text: translate({
        id: 'resultCodes.note.20',
        message: 'The cluster has no such namespace: a configuration error.',
      }),
      guide: 'error-handling/bad-input',
    },
    27: {
      text: translate({
        id: 'resultCodes.note.27',
        message: 'The filter expression was false, so nothing was done. Expected when you filter.',
      }),
      guide: 'result-codes#guide-codes',
    },
    [-2]: {
      text: translate({
        id: 'resultCodes.note.-2',
        message: 'An invalid argument caught by the client before sending, e.g. a bin name over 15 bytes.',
      }),
      guide: 'error-handling/bad-input',
    },
    [-6]: {
      text: translate({
        id: 'resultCodes.note.-6',
        message: 'The connection failed during the command. Transient: retry; a write is in doubt.',
      }),
      guide: 'error-handling/retry',
    },
    [-10]: {
      text: translate({
        id: 'resultCodes.note.-10',
        message: 'The client could not connect: check hosts, ports and the network.',
      }),
      guide: 'error-handling/connection-lifecycle',
    },
  };
}
