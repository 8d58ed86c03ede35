/**
 * The "tasks done over time" curve of lesson 6's large runs (DoneChart.tsx): how many tasks are
 * done by t, and the curve's SVG path, from each run's sorted finish times. Pure.
 */

/** How many of the sorted finish times are at or before t. */
export function doneBy(finishes: Float64Array, t: number): number {
  let lo = 0;
  let hi = finishes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (finishes[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The SVG path of the step curve "tasks done by time t", from 0 to `end`, with at most about two
 * points per pixel column however many tasks there are. `x` and `y` map time and count to pixels.
 */
export function doneCurvePath(finishes: Float64Array, end: number, x: (t: number) => number, y: (n: number) => number): string {
  const pts: string[] = [`M${x(0).toFixed(1)},${y(0).toFixed(1)}`];
  let n = 0;
  let lastPx = -Infinity;
  for (let i = 0; i < finishes.length; ) {
    const at = finishes[i]!;
    const px = x(at);
    // Every task finishing within this pixel column counts as one step.
    let j = i;
    while (j < finishes.length && x(finishes[j]!) - px < 1) j++;
    const col = Math.max(px, lastPx);
    const up = y(n + (j - i)).toFixed(1);
    // Where finishes are a pixel or two apart the steps blur into a slope: draw it as one, so a
    // dashed line stays dashed; wider apart, draw the step itself.
    if (col - lastPx <= 2) pts.push(`L${col.toFixed(1)},${up}`);
    else pts.push(`H${col.toFixed(1)}`, `V${up}`);
    lastPx = col;
    n += j - i;
    i = j;
  }
  pts.push(`H${x(end).toFixed(1)}`);
  return pts.join('');
}
