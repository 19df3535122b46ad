/**
 * Replays what the reader did before the page's code had hydrated (src/entry/start-on-input.js
 * holds it): the buttons they pressed and the shortcuts they typed. Docusaurus calls
 * onRouteDidUpdate for the first time while it commits the hydrated page.
 */
interface EarlyInput {
  started: boolean;
  hydrated: boolean;
  queue: ({ click: Element } | { keydown: KeyboardEventInit })[];
}

declare global {
  interface Window {
    earlyInput?: EarlyInput;
  }
}

export function onRouteDidUpdate(): void {
  const early = window.earlyInput;
  if (!early || early.hydrated) return;
  early.hydrated = true;
  const { queue } = early;
  // After the commit and its effects (the search bar listens for its shortcut from an effect).
  window.requestAnimationFrame(() => window.setTimeout(replay, 0));
  function replay(): void {
    for (const input of queue.splice(0)) {
      if ('click' in input) {
        clickWhenEnabled(input.click as HTMLButtonElement);
      } else {
        document.dispatchEvent(
          new KeyboardEvent('keydown', { ...input.keydown, bubbles: true, cancelable: true }),
        );
      }
    }
  }
}

/**
 * Clicks once the element is enabled: the colour-mode button stays disabled until the theme's
 * "is browser" state has re-rendered it, a render after the hydration itself. Gives up after
 * about five seconds of frames.
 */
function clickWhenEnabled(element: HTMLButtonElement, framesLeft = 300): void {
  if (!element.isConnected) return;
  if (!element.disabled) {
    element.click();
  } else if (framesLeft > 0) {
    window.requestAnimationFrame(() => clickWhenEnabled(element, framesLeft - 1));
  }
}
