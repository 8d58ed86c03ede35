/**
 * Lesson 8's diagram, "poll-state-machine": an `async fn` with two await points beside the state
 * machine the compiler makes of it, a log of its polls and wakes, and a timeline of the executor's
 * one worker thread. One playhead drives all four: the code's marker shows the line where the
 * future is suspended (or running), the state machine the variant it holds, the log what has
 * happened so far. The reader can make the database's answer ready before H awaits it.
 *
 * Everything shown comes from the simulation: the scenario (src/sim/scenarios/poll-state-machine.ts)
 * gives a Trace, and the poll log (src/sim/poll-log.ts) retells it as polls, Pending, wakes and
 * Ready. As in every diagram, a link's state is read once after hydration, so the server HTML and
 * the first client render are identical.
 */
import { simulate } from '../../sim/index.ts';
import { entriesUpTo, futureAt, pollLog, type PollLogEntry } from '../../sim/poll-log.ts';
import {
  HANDLER,
  HANDLER_AWAITS,
  POLL_PRESET as PRESET,
  POLL_STATE_MACHINE_DEFAULTS as DEFAULTS,
  pollStateMachine,
} from '../../sim/scenarios/poll-state-machine.ts';
import { Checkbox } from '../kit/controls/Checkbox.tsx';
import { Player } from '../kit/controls/Player.tsx';
import { DiagramFrame } from '../kit/DiagramFrame.tsx';
import { formatUs } from '../kit/format.ts';
import type { Schema } from '../kit/permalink.ts';
import {
  activeArrow,
  codeMarker,
  instantAt,
  logLine,
  narratePoll,
  pollStops,
  pollTranscript,
  stateTag,
  type PollWords,
} from './poll-words.ts';
import { Prose } from '../kit/Prose.tsx';
import { RunQueue } from '../kit/RunQueue.tsx';
import { TaskStates } from '../kit/TaskStates.tsx';
import { Timeline } from '../kit/Timeline.tsx';
import { plainLink, useDiagram } from '../kit/use-diagram.ts';
import './poll-state-machine.css';

const ID = 'poll-state-machine';

/**
 * The default moment, 120 µs: the request's bytes are in and the reactor has just woken H, but B
 * still has the worker thread, so H waits in the run queue, suspended at await 1.
 */
const DEFAULT_T = 120;

const SCHEMA = {
  dbReady: { type: 'bool', default: DEFAULTS.dbReady },
  t: { type: 'number', min: 0, max: Number.MAX_SAFE_INTEGER, default: DEFAULT_T },
} as const satisfies Schema;

/** The handler's code, line by line: await k is on line k + 1. */
const CODE = [
  'async fn handle(conn: Conn, db: &Db) -> Page {',
  '    let req = conn.read_request().await;',
  '    let rows = db.query(&req).await;',
  '    Page::render(&rows)',
  '}',
] as const;

const WORDS: PollWords = {
  focus: 0,
  awaits: ['', 'read_request()', 'query()'],
  ioDone: ['', 'the request’s bytes are in', 'the database answers'],
};

/** The states of the compiled future: name, and what it keeps alive while in that state. */
const STATES = [
  { name: 'Start', holds: 'conn, db' },
  { name: 'Waiting at await 1', holds: 'conn, db, the read_request() future' },
  { name: 'Waiting at await 2', holds: 'conn, db, req, the query(&req) future, which borrows req' },
  { name: 'Done', holds: 'nothing: the page has been returned' },
] as const;

const ARROWS = ['poll runs to await 1', 'poll resumes, runs to await 2', 'poll resumes, runs to the end'] as const;

const GLYPH = { running: '▶\uFE0E', suspended: '‖', done: '✓' } as const;
const TAG_GLYPH = { stored: '◆', polled: '▶\uFE0E', skipped: '↷', none: '' } as const;

const NOTE =
  `Nothing here is exaggerated. The database round trip takes ${formatUs(PRESET.dbIo)}, as within a datacenter; ` +
  `the request’s ${formatUs(PRESET.readIo)}, the handler’s CPU work and B’s ${formatUs(PRESET.otherCpu)} are an example. ` +
  `Moving the worker from one task to another (about ${formatUs(PRESET.realSwitchCost)}) is left out.`;

function describe(dbReady: boolean, polls: number, end: number): string {
  return (
    'Four views of one run, all at the playhead. The code of an async fn, handle, in five lines: line 2 awaits ' +
    'conn.read_request() (await 1), line 3 awaits db.query(&req) (await 2), line 4 renders the page. A marker in the ' +
    'margin shows the line where the future is suspended (‖), running (▶) or done (✓), and a line under the code says it in words. ' +
    'Beside it, the state machine the compiler makes of handle: Start, Waiting at await 1, Waiting at await 2 and Done, ' +
    'each with the variables it keeps alive, and a tag on the state the future is in. Below, a log of every poll, Pending, ' +
    'wake and Ready so far, and a timeline of the executor’s one worker thread, with the run queue and each task’s state. ' +
    `Task B arrives at ${formatUs(PRESET.otherArrival)} and computes for ${formatUs(PRESET.otherCpu)}. ` +
    (dbReady
      ? `Here the database’s answer is already there when handle awaits it, so await 2 does not give the thread back: handle is polled ${polls} times and is done at ${formatUs(end)}.`
      : `Here the database answers after a ${formatUs(PRESET.dbIo)} round trip: handle is polled ${polls} times and is done at ${formatUs(end)}.`)
  );
}

/** The async fn, with a marker on the line where the future is. */
function Code({ line, kind, text }: { line: number; kind: keyof typeof GLYPH; text: string }) {
  return (
    <div class="pf-panel pf-code">
      <p class="pf-title" id={`${ID}-code-title`}>
        The async fn
      </p>
      <pre class="pf-pre" role="group" aria-labelledby={`${ID}-code-title`}>
        {CODE.map((src, i) => {
          const here = i + 1 === line;
          return (
            <span key={i} class={here ? `pf-line pf-here pf-${kind}` : 'pf-line'}>
              <span class="pf-mark" aria-hidden="true">
                {here ? GLYPH[kind] : ''}
              </span>
              <span class="pf-no" aria-hidden="true">
                {i + 1}
              </span>
              <code class="pf-src">{src}</code>
              {here ? <span class="sr-only"> (the future is here: {text})</span> : null}
            </span>
          );
        })}
      </pre>
      <p class="pf-status">
        <span aria-hidden="true" class="pf-status-glyph">
          {GLYPH[kind]}
        </span>{' '}
        Line {line}: {text}
      </p>
    </div>
  );
}

/** One run: the trace, its poll log, and the instants worth stopping at. */
function runPoll({ dbReady }: { dbReady: boolean }) {
  const scenario = pollStateMachine({ dbReady });
  const trace = simulate(scenario);
  const log = pollLog(trace, scenario, { [HANDLER]: HANDLER_AWAITS });
  return { trace, log, stops: pollStops(trace, log) };
}

/** Lesson 8's poll-state-machine diagram (see the note at the top). */
export default function PollStateMachine() {
  const d = useDiagram({
    id: ID,
    schema: SCHEMA,
    ...plainLink(SCHEMA),
    run: runPoll,
    stops: (r) => r.stops,
    initialTime: DEFAULT_T,
    narrate: (r, t) => narratePoll(r.trace, r.log, instantAt(r.stops.times, t), WORDS),
    transcript: (r) => pollTranscript(r.trace, r.log, r.stops.times, WORDS).map((e) => ({ t: e.t, text: e.text })),
  });
  const { dbReady } = d.settings;
  const { trace, log, stops } = d.run;
  const { mounted, t } = d;
  const at = futureAt(log, WORDS.focus, t);
  const marker = codeMarker(at, CODE.length, t);
  const shown = entriesUpTo(log, t);
  const now = instantAt(stops.times, t);
  const arrow = activeArrow(at);
  const polls = log.filter((e) => e.type === 'poll' && e.task === WORDS.focus).length;
  const end = trace.makespan;

  return (
    <DiagramFrame
      {...d.frame}
      caption={
        <>
          <strong>An async fn, the state machine it compiles to, and its polls and wakes.</strong> Step through the run:
          the marker in the code and the tag in the state machine show where handle’s future stopped, and the log shows who
          called poll and who called wake.
        </>
      }
      note={<Prose text={NOTE} />}
      params={
        <Checkbox
          id={`${ID}-db-ready`}
          label="Database answer already there"
          hint={
            <>
              the <code>query()</code> future is Ready on its first poll (a cached answer, say)
            </>
          }
          checked={dbReady}
          disabled={!mounted}
          onChange={(dbReady) => d.set({ dbReady })}
        />
      }
      player={<Player {...d.player} />}
      description={describe(dbReady, polls, end)}
    >
      <div class="pf">
        <div class="pf-top">
          <Code line={marker.line} kind={marker.kind} text={marker.text} />
          <div class="pf-panel pf-machine">
            <p class="pf-title" id={`${ID}-states-title`}>
              Its state machine
            </p>
            <ol class="pf-states" aria-labelledby={`${ID}-states-title`}>
              {STATES.map((s, k) => {
                const tag = stateTag(at, k, STATES.length);
                return (
                  <li key={s.name} class={`pf-state pf-tag-${tag.kind}`}>
                    <div class="pf-box">
                      <span class="pf-state-name">{s.name}</span>
                      <span class="pf-holds">holds {s.holds}</span>
                      <span class="pf-tag">
                        {tag.kind === 'none' ? (
                          <span class="pf-tag-empty">–</span>
                        ) : (
                          <>
                            <span aria-hidden="true">{TAG_GLYPH[tag.kind]} </span>
                            {tag.text}
                          </>
                        )}
                      </span>
                    </div>
                    {k < ARROWS.length ? (
                      <p class={k === arrow ? 'pf-arrow pf-arrow-on' : 'pf-arrow'}>
                        <span aria-hidden="true">↓ </span>
                        {ARROWS[k]}
                        {k === arrow ? <strong class="pf-arrow-now"> · running now</strong> : null}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </div>
        </div>
        <div class="pf-panel pf-log">
          <p class="pf-title" id={`${ID}-log-title`}>
            Polls and wakes
          </p>
          <ol class="pf-entries" aria-labelledby={`${ID}-log-title`}>
            {log.map((e: PollLogEntry, i) => {
              const line = logLine(e, trace.taskNames, WORDS);
              const later = i >= shown;
              const current = !later && e.t === now;
              return (
                <li
                  key={i}
                  class={`pf-entry pf-${e.type}${later ? ' pf-later' : ''}${current ? ' pf-current' : ''}`}
                  aria-hidden={later ? 'true' : undefined}
                  aria-current={current ? 'step' : undefined}
                >
                  <span class="pf-when">{formatUs(e.t)}</span>
                  <span class="pf-who">{line.who}</span>
                  <span class="pf-what">{line.text}</span>
                </li>
              );
            })}
          </ol>
        </div>
        <Timeline id={ID} trace={trace} t={t} reserveLanes={1} describedBy={d.describedBy}>
        <RunQueue trace={trace} t={t} />
        <TaskStates trace={trace} t={t} reserve={2} />
      </Timeline>
      </div>
    </DiagramFrame>
  );
}
