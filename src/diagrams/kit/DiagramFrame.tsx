/**
 * The frame every diagram renders: a <figure> whose id is the diagram's stable anchor, a visible
 * caption, the body, a narration line, a description and a transcript in words, and a link that
 * always holds the diagram's current state.
 *
 * Hydration changes nothing's size: the server HTML already has every control (disabled, with a
 * note that they need JavaScript, in a slot that later holds a keyboard hint of the same size),
 * so the page does not move when the island wakes up.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatUs } from './format.ts';
import type { TranscriptEntry } from './narrate.ts';
import { Prose } from './Prose.tsx';
import { problemNotice, type Problem } from './permalink.ts';
import './diagrams.css';

/** Everything a diagram shows around its picture. */
export interface DiagramFrameProps {
  /** Stable kebab-case id, unique on the site: the figure's HTML id and anchor. */
  readonly id: string;
  /** What to look at, in a sentence or two. */
  readonly caption: ComponentChildren;
  /** A short note under the caption, e.g. which costs the preset exaggerates. */
  readonly note?: ComponentChildren;
  /** Parameter controls (sliders, fields). */
  readonly params?: ComponentChildren;
  /** Playback controls. */
  readonly player?: ComponentChildren;
  /**
   * Numbers about the whole run that do not move with the playhead (a table of results), shown
   * after the narration so that the picture and its playback controls stay together.
   */
  readonly results?: ComponentChildren;
  /** The picture. */
  readonly children: ComponentChildren;
  /** Link to this diagram in its current state (see permalink.ts). */
  readonly href: string;
  /** What a link's state could not restore; shown as a short notice. */
  readonly problems: readonly Problem[];
  /** What happens at the current moment, in words. */
  readonly narration: string;
  /** Whether the narration is read out as it changes (off while it animates too fast to follow). */
  readonly narrationLive?: boolean;
  /** The whole diagram in words, for readers who cannot see it. */
  readonly description: string;
  /**
   * The whole run in words: a list, or a function that builds it, called only when the transcript
   * can be read (in the server HTML, and once a reader opens it), so a re-run does not pay for
   * narrating hundreds of instants nobody has asked for. Pass the function memoized per run.
   */
  readonly transcript: readonly TranscriptEntry[] | (() => Transcript);
  /** The tip shown under the controls once they work (default: how the Time slider's arrow keys step). */
  readonly hint?: string;
  /** Instants left out of a long transcript given as a list. */
  readonly omitted?: number;
  /** False in the server HTML and the hydrating render. */
  readonly mounted: boolean;
}

/** The whole run in words, as DiagramFrame lists it. */
export interface Transcript {
  readonly entries: readonly TranscriptEntry[];
  /** Instants left out of a long transcript. */
  readonly omitted: number;
}

const TIME_HINT = 'Tip: on the Time slider, ← and → jump from one event to the next.';
const COPIED = 'Link copied';
const NOT_COPIED = 'Could not copy here: open the link’s menu and copy its address';

/** A diagram's figure: caption, controls, picture, words and link (see the note at the top). */
export function DiagramFrame(props: DiagramFrameProps) {
  const { id, mounted, href } = props;
  const notice = problemNotice(props.problems);
  const [copyStatus, setCopyStatus] = useState('');
  const clear = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(clear.current), []);

  const say = (text: string): void => {
    setCopyStatus(text);
    clearTimeout(clear.current);
    clear.current = setTimeout(() => setCopyStatus(''), 6000);
  };
  // The transcript is built and drawn only while it can be read: in the server HTML (and the
  // hydrating render, which must match it) and while it is open. It changes only with the run,
  // never with the playhead, so a frame of scrubbing does not touch its hundreds of entries.
  const [open, setOpen] = useState(false);
  const readable = !mounted || open;
  const { transcript: source, omitted: given = 0 } = props;
  const built = useMemo<Transcript | null>(
    () => (readable ? (typeof source === 'function' ? source() : { entries: source, omitted: given }) : null),
    [readable, source, given],
  );
  const transcriptItems = useMemo(
    () =>
      built?.entries.map((e) => (
        <li key={e.t}>
          <span class="dg-transcript-t">{e.label ?? formatUs(e.t)}:</span> <Prose text={e.text} />
        </li>
      )) ?? null,
    [built],
  );
  const omitted = built?.omitted ?? 0;
  const copy = async (): Promise<void> => {
    // Resolved as the link itself is (against the document's base URL, which an embed sets to the
    // diagram's own page), so Copy link, "copy link address" and opening the link agree.
    const url = new URL(href, document.baseURI).href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      say(COPIED);
    } catch {
      // Blocked (permissions, an insecure page, an old browser): say how to copy it by hand.
      say(NOT_COPIED);
    }
  };

  return (
    <figure id={id} class="dg">
      <figcaption class="dg-caption">{props.caption}</figcaption>
      {notice === '' ? null : (
        <p class="dg-notice" role="status">
          {notice}
        </p>
      )}
      {props.note ? <p class="dg-note">{props.note}</p> : null}
      {props.params ? <div class="dg-params">{props.params}</div> : null}
      <div class="dg-body">{props.children}</div>
      {props.player}
      <p class="dg-hint dg-stack">
        <span class={mounted ? 'dg-hidden' : undefined}>Interactive controls need JavaScript.</span>
        <span class={mounted ? undefined : 'dg-hidden'}>{props.hint ?? TIME_HINT}</span>
      </p>
      <p
        class="dg-narration"
        id={`${id}-now`}
        role="status"
        aria-label="Narration"
        aria-live={props.narrationLive === false ? 'off' : 'polite'}
      >
        <Prose text={props.narration} />
      </p>
      {props.results ? <div class="dg-results">{props.results}</div> : null}
      <p class="dg-description" id={`${id}-description`}>
        <Prose text={props.description} />
      </p>
      <details class="dg-transcript" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Transcript</summary>
        <ol class="dg-transcript-list">{transcriptItems}</ol>
        {omitted ? <p class="dg-transcript-more">… and {omitted} more instants, left out to keep the page light.</p> : null}
      </details>
      <div class="dg-link-row">
        <a class="dg-link" href={href}>
          Link to this diagram
        </a>
        <button type="button" class="dg-button dg-button-small" onClick={copy} disabled={!mounted}>
          Copy link
        </button>
        <span class="dg-copy-status" role="status">
          {copyStatus}
        </span>
      </div>
    </figure>
  );
}
