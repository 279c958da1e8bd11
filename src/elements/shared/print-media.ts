/**
 * Whether the page is being printed: between `beforeprint` and `afterprint`, or while print media
 * applies (a print preview, a headless `page.pdf`, an emulated print capture). Lists that draw only
 * the rows in view draw them all then, or the paper would show a window's worth of rows and blank.
 */

type Listener = () => void;

const listeners = new Set<Listener>();
let printQuery: MediaQueryList | undefined;
let inPrintEvent = false;

function notify(): void {
  for (const listener of listeners) listener();
}

const onBeforePrint = (): void => {
  inPrintEvent = true;
  notify();
};

const onAfterPrint = (): void => {
  inPrintEvent = false;
  notify();
};

/** Whether the page is being printed now. */
export function isPrinting(): boolean {
  return inPrintEvent || (printQuery ?? matchMedia('print')).matches;
}

/**
 * Calls `listener` when printing starts or ends (it reads {@link isPrinting}); returns the
 * unsubscribe. Listens to the page only while someone is subscribed.
 */
export function onPrintChange(listener: Listener): () => void {
  if (listeners.size === 0) {
    printQuery = matchMedia('print');
    printQuery.addEventListener('change', notify);
    addEventListener('beforeprint', onBeforePrint);
    addEventListener('afterprint', onAfterPrint);
  }
  listeners.add(listener);
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return;
    printQuery?.removeEventListener('change', notify);
    removeEventListener('beforeprint', onBeforePrint);
    removeEventListener('afterprint', onAfterPrint);
  };
}
