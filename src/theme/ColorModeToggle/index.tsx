/**
 * The theme's colour-mode button (a safe wrap), with a class of its own by which
 * src/static-first/on-load/colour-mode.js finds it before the page has hydrated.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import ColorModeToggle from '@theme-original/ColorModeToggle';
import type { Props } from '@theme/ColorModeToggle';

export default function ColorModeToggleWrapper(props: Props): ReactNode {
  return <ColorModeToggle {...props} buttonClassName={clsx(props.buttonClassName, 'colour-mode-toggle')} />;
}
