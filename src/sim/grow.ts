/**
 * Growable typed-array columns. The engine records millions of events at 100,000 tasks; plain
 * objects would cost far more memory and garbage-collection time than these flat columns.
 */
export class F64 {
  data: Float64Array;
  length = 0;
  /** `capacity`: a good guess avoids regrowing (and the garbage it leaves) on big runs. */
  constructor(capacity = 64) {
    this.data = new Float64Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  /** The filled part: a view, not a copy. */
  done(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

export class I32 {
  data: Int32Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  /** Empties it, keeping the buffer (unlike `array.length = 0`, which frees and regrows). */
  clear(): void {
    this.length = 0;
  }
  /** Sorts the filled part in ascending order. */
  sort(): void {
    if (this.length > 1) this.data.subarray(0, this.length).sort();
  }
}

export class U8 {
  data: Uint8Array;
  length = 0;
  constructor(capacity = 64) {
    this.data = new Uint8Array(Math.max(16, capacity));
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const next = new Uint8Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = x;
  }
  done(): Uint8Array {
    return this.data.subarray(0, this.length);
  }
}

/** Index of the first element of sorted `a[lo..hi)` that is greater than `x` (upper bound). */
export function upperBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element of sorted `a[lo..hi)` that is greater than or equal to `x`. */
export function lowerBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
