/**
 * A scale of fixed stops (1, 2, 5, 10, …) that a range input moves along one stop per step, and
 * where other values sit on it. Stops are evenly spaced on the input; a value between two stops is
 * placed by its logarithm between them, so that a marker at 32,768 sits where the thumb would be
 * for 32,768 on a log scale. Pure: used by the server render and the browser alike.
 */

/** Where `value` sits on the scale, from 0 (first stop) to 1 (last stop); beyond the ends, outside [0, 1]. */
export function scalePosition(value: number, stops: readonly number[]): number {
  const last = stops.length - 1;
  if (last < 1) return 0;
  const first = stops[0]!;
  const end = stops[last]!;
  if (value <= first) return 0 - Math.log(first / value) / Math.log(stops[1]! / first) / last;
  if (value >= end) return 1 + Math.log(value / end) / Math.log(end / stops[last - 1]!) / last;
  let i = 0;
  while (stops[i + 1]! < value) i++;
  const lo = stops[i]!;
  const hi = stops[i + 1]!;
  return (i + Math.log(value / lo) / Math.log(hi / lo)) / last;
}

/** A fraction of the scale as an SVG length: `37.5%`. Rounded to 0.01 % so the markup stays short. */
export function percent(fraction: number): string {
  return `${Math.round(fraction * 10_000) / 100}%`;
}
