/**
 * What a copy button gives is what a reader pastes into a service: a whole program, short, and
 * free of this site's own machinery. This checks a set of copies against both.
 */

/** The longest copy a page may offer. */
export const MAX_COPY_LINES = 150;

/** Traces of the site in a copy: its guide's page paths, its handbook's reasons, its regions. */
const MACHINERY: { pattern: RegExp; what: string }[] = [
  { pattern: /error-handling\/|\/docs\//, what: 'a path of this site' },
  { pattern: /\bnotLive\b|\bCLASSIFICATION\b|\bclassify\(/, what: "the result-code handbook's table" },
  { pattern: /#region|#endregion|#remove-|#hide\b/, what: 'a snippet marker' },
];

export interface Copy {
  /** Where the block is shown: `ko:error-handling/retry.md#2`. */
  where: string;
  text: string;
}

/** One message per copy that is too long or carries the site's machinery. */
export function checkCopies(copies: Copy[]): string[] {
  return copies.flatMap(({ where, text }) => {
    const errors: string[] = [];
    const lines = text.split('\n').length;
    if (lines > MAX_COPY_LINES)
      errors.push(`${where}: the copy has ${lines} lines, more than ${MAX_COPY_LINES}`);
    for (const { pattern, what } of MACHINERY) {
      const line = text.split('\n').findIndex((l) => pattern.test(l));
      if (line !== -1)
        errors.push(
          `${where}: line ${line + 1} of the copy holds ${what}: ${text.split('\n')[line]!.trim()}`,
        );
    }
    return errors;
  });
}
