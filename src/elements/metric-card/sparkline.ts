/** The drawing box of the sparkline; the SVG stretches it to the element's size. */
export const SPARKLINE_WIDTH = 100;
export const SPARKLINE_HEIGHT = 24;

/** Keeps the stroke off the top and bottom edges so peaks are not clipped. */
const INSET = 2;

/** The lowest and highest finite sample, or `undefined` when there is none. */
export function sampleRange(values: readonly number[]): { low: number; high: number; count: number } | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  return { low: Math.min(...finite), high: Math.max(...finite), count: finite.length };
}

const coordinate = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * An SVG path through `values`, spread evenly across the box, oldest left. A non-finite sample
 * (a missing scrape, NaN from Prometheus) breaks the line instead of drawing a false zero; a lone
 * sample between gaps becomes a dot (a zero-length segment drawn with round caps).
 */
export function sparklinePath(values: readonly number[]): string {
  const range = sampleRange(values);
  if (range === undefined) return '';
  const span = range.high - range.low;
  const step = values.length > 1 ? SPARKLINE_WIDTH / (values.length - 1) : 0;
  const y = (v: number): number =>
    span === 0 ? SPARKLINE_HEIGHT / 2 : INSET + (1 - (v - range.low) / span) * (SPARKLINE_HEIGHT - 2 * INSET);
  const commands: string[] = [];
  let penDown = false;
  values.forEach((value, index) => {
    if (!Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const point = `${coordinate(index * step)} ${coordinate(y(value))}`;
    const next = values[index + 1];
    const isolated = !penDown && (next === undefined || !Number.isFinite(next));
    commands.push(penDown ? `L${point}` : isolated ? `M${point}h0` : `M${point}`);
    penDown = true;
  });
  return commands.join(' ');
}
