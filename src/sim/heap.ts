/**
 * A 4-ary min-heap of (time, payload) pairs in flat typed arrays: the engine's pending I/O
 * completions. Four children per node halve the depth of a binary heap, and the children sit
 * side by side in memory. Ties are not ordered here; the engine collects everything due at one
 * instant and orders it itself.
 */
export class EventHeap {
  private times = new Float64Array(256);
  private payloads = new Int32Array(256);
  size = 0;

  push(time: number, payload: number): void {
    if (this.size === this.times.length) {
      const t = new Float64Array(this.size * 2);
      t.set(this.times);
      this.times = t;
      const p = new Int32Array(this.size * 2);
      p.set(this.payloads);
      this.payloads = p;
    }
    let i = this.size++;
    const times = this.times;
    const payloads = this.payloads;
    while (i > 0) {
      const parent = (i - 1) >> 2;
      if (times[parent]! <= time) break;
      times[i] = times[parent]!;
      payloads[i] = payloads[parent]!;
      i = parent;
    }
    times[i] = time;
    payloads[i] = payload;
  }

  /** Time of the earliest event; Infinity when empty. */
  peekTime(): number {
    return this.size > 0 ? this.times[0]! : Infinity;
  }

  /** Removes the earliest event and returns its payload. */
  pop(): number {
    const times = this.times;
    const payloads = this.payloads;
    const top = payloads[0]!;
    const n = --this.size;
    const time = times[n]!;
    const payload = payloads[n]!;
    let i = 0;
    for (;;) {
      const first = 4 * i + 1;
      if (first >= n) break;
      // The smallest of up to four children.
      let child = first;
      let best = times[first]!;
      const last = Math.min(first + 4, n);
      for (let k = first + 1; k < last; k++) {
        if (times[k]! < best) {
          best = times[k]!;
          child = k;
        }
      }
      if (best >= time) break;
      times[i] = best;
      payloads[i] = payloads[child]!;
      i = child;
    }
    times[i] = time;
    payloads[i] = payload;
    return top;
  }
}
