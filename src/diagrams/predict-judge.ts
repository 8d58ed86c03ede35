/** Judging a number guess: pure, so it is unit-tested without a browser. */

export type Verdict = { readonly right: boolean; readonly text: string };

/** The verdict for a number guess: within `tolerance` of the answer counts as right. */
export function judgeNumber(guess: number, answer: number, tolerance: number, unit: string): Verdict {
  const off = guess - answer;
  if (Math.abs(off) <= tolerance) return { right: true, text: `Yes: ${fmt(answer)} ${unit}.` };
  return { right: false, text: `Not quite: the answer is ${fmt(answer)} ${unit}, ${off > 0 ? 'less' : 'more'} than your ${fmt(guess)}.` };
}

export const fmt = (x: number): string => x.toLocaleString('en-US', { maximumFractionDigits: 3 });
