/**
 * A binary min-heap of (time, payload) pairs in flat typed arrays: the engine's future events.
 * Ties are not ordered here; the engine collects everything due at one instant and orders it itself.
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
      const parent = (i - 1) >> 1;
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
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && times[child + 1]! < times[child]!) child++;
      if (times[child]! >= time) break;
      times[i] = times[child]!;
      payloads[i] = payloads[child]!;
      i = child;
    }
    times[i] = time;
    payloads[i] = payload;
    return top;
  }
}
