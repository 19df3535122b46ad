/**
 * Client module: replays the buttons pressed before the page's code had hydrated, which
 * ./on-load/start-on-input.js held (the first-tap controls of ./on-load/ answer their own).
 * Docusaurus calls onRouteDidUpdate for the first time while it commits the hydrated page.
 */
interface EarlyInput {
  started: boolean;
  hydrated: boolean;
  queue: Element[];
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
  // After the commit and its effects.
  window.requestAnimationFrame(() =>
    window.setTimeout(() => {
      for (const pressed of early.queue.splice(0)) clickWhenEnabled(pressed as HTMLButtonElement);
    }, 0),
  );
}

/**
 * Clicks once the element is enabled: a control the theme renders disabled until it knows it
 * runs in a browser is enabled a render after the hydration itself. Gives up after about five
 * seconds of frames.
 */
function clickWhenEnabled(element: HTMLButtonElement, framesLeft = 300): void {
  if (!element.isConnected) return;
  if (!element.disabled) {
    element.click();
  } else if (framesLeft > 0) {
    window.requestAnimationFrame(() => clickWhenEnabled(element, framesLeft - 1));
  }
}
