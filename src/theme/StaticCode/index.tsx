/**
 * A code block highlighted at build time (src/remark/highlight-code.ts): its lines arrive as
 * finished HTML, so React hydrates one element whatever the block's size. The page shows the
 * excerpt; "whole program" shows the lines it needs to compile on its own, and the copy button
 * always copies that whole program.
 */
import React, { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import IconCopy from '@theme/Icon/Copy';
import IconSuccess from '@theme/Icon/Success';
import styles from './styles.module.css';

export interface StaticCodeProps {
  /** The `<span class="line">` elements of the block. */
  html: string;
  language: string;
  title?: string;
  /** Present when the block is an excerpt of a larger program. */
  whole?: string;
}

/** The text of the whole program: all but the excerpt's own lines (`x`), indentation included. */
export function wholeProgramText(code: HTMLElement): string {
  const copy = code.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.x').forEach((line) => line.remove());
  return (copy.textContent ?? '').replace(/\n$/, '');
}

function CopyButton({ codeRef }: { codeRef: React.RefObject<HTMLElement | null> }): ReactNode {
  const [copied, setCopied] = useState(false);
  const timeout = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(timeout.current), []);
  const copy = useCallback(() => {
    if (!codeRef.current) return;
    void navigator.clipboard.writeText(wholeProgramText(codeRef.current)).then(() => {
      setCopied(true);
      timeout.current = window.setTimeout(() => setCopied(false), 1000);
    });
  }, [codeRef]);
  return (
    <button
      type="button"
      className={clsx('clean-btn', 'copy-button', styles.button, copied && styles.copied)}
      aria-label={
        copied
          ? translate({ id: 'theme.CodeBlock.copied', message: 'Copied' })
          : translate({ id: 'theme.CodeBlock.copyButtonAriaLabel', message: 'Copy code to clipboard' })
      }
      title={translate({ id: 'theme.CodeBlock.copy', message: 'Copy' })}
      onClick={copy}
    >
      {copied ? <IconSuccess aria-hidden="true" /> : <IconCopy aria-hidden="true" />}
    </button>
  );
}

export default function StaticCode({ html, language, title, whole }: StaticCodeProps): ReactNode {
  const codeRef = useRef<HTMLElement>(null);
  const [showWhole, setShowWhole] = useState(false);
  return (
    <div
      className={clsx('theme-code-block', `language-${language}`, styles.block, showWhole && 'show-whole')}
      data-language={language}
    >
      {title && <div className={styles.title}>{title}</div>}
      <div className={styles.content}>
        <pre className={styles.pre} tabIndex={0}>
          <code ref={codeRef} className={styles.code} dangerouslySetInnerHTML={{ __html: html }} />
        </pre>
        <div className={styles.buttons}>
          {whole && (
            <button
              type="button"
              className={clsx('clean-btn', 'whole-toggle', styles.button, styles.toggle)}
              aria-pressed={showWhole}
              onClick={() => setShowWhole((value) => !value)}
            >
              {showWhole
                ? translate({
                    id: 'staticCode.showExcerpt',
                    message: 'Show the excerpt',
                    description: 'Button of a code block: go back to the lines the page explains',
                  })
                : translate({
                    id: 'staticCode.showWhole',
                    message: 'Show the whole program',
                    description:
                      'Button of a code block: also show the hidden lines the excerpt needs to compile',
                  })}
            </button>
          )}
          <CopyButton codeRef={codeRef} />
        </div>
      </div>
    </div>
  );
}
