/**
 * Every page's blocks are highlighted at build time (StaticCode); this replaces the theme's
 * client-side Prism block for anything else, so no tokenizer is bundled. It shows the text as
 * it is.
 */
import React, { type ReactNode } from 'react';

export default function CodeBlock({
  children,
  className,
}: {
  children?: ReactNode;
  className?: string;
}): ReactNode {
  return (
    <div className="theme-code-block">
      <pre tabIndex={0}>
        <code className={className}>{children}</code>
      </pre>
    </div>
  );
}
