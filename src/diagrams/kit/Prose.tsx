/** Text in which every quantity with a unit ("94 µs") stays on one line, without special spaces. */
import { splitQuantities } from './format.ts';

/** Renders text with its quantities kept on one line each. */
export function Prose({ text }: { readonly text: string }) {
  return (
    <>
      {splitQuantities(text).map((part, i) =>
        part.quantity ? (
          <span class="dg-nowrap" key={i}>
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
