/** Small readings of a Rust listing's source, for scripts/check-listings.ts. */

/**
 * The source with its comments blanked out (line, block and doc comments), so
 * that a pattern found in the result is in code, not in prose. String and char
 * literals are kept as they are: a `//` inside a string is not a comment.
 */
export function withoutComments(source: string): string {
  const literal = /r(#*)"[\s\S]*?"\1|b?"(?:\\[\s\S]|[^\\"])*"|b?'(?:\\(?:u\{[0-9a-fA-F]+\}|.)|[^\\'\n])'/y;
  let out = '';
  let i = 0;
  while (i < source.length) {
    literal.lastIndex = i;
    const found = literal.exec(source);
    if (found) {
      out += found[0];
      i += found[0].length;
    } else if (source.startsWith('//', i)) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (source.startsWith('/*', i)) {
      // Block comments nest in Rust.
      let depth = 0;
      do {
        if (source.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (source.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else {
          i++;
        }
      } while (depth > 0 && i < source.length);
      out += ' ';
    } else {
      out += source[i];
      i++;
    }
  }
  return out;
}

/**
 * What makes a listing an executor listing: it makes wakers or polls futures
 * itself (implements `Wake`, builds a `RawWaker`, turns something into a
 * `Waker`, or builds a `Context`). Returns the first such piece of code found,
 * or undefined. Give it code without comments.
 *
 * Polling a future by hand needs a Context, and stable Rust makes one only with
 * `from_waker`, whatever name `Context` is imported under: that rule also finds
 * a waker made with `.into()` or through an aliased `Wake`. The other rules
 * only name the waker code more precisely in the checker's messages.
 */
export function wakerCode(code: string): string | undefined {
  const pattern =
    /\bimpl\s*(?:<[^>]*>\s*)?(?:(?:std|core|alloc)::task::)?Wake\s+for\b|\bRawWaker(?:VTable)?\b|\bWaker::(?:from|noop|from_raw)\b|\bfrom_waker\b/;
  return pattern.exec(code)?.[0];
}
