/**
 * Diagram ids that have been published: they are in people's notes, chats and embeds, so each must
 * stay registered and keep its page and its anchor on its lesson page. Append a diagram's id here
 * when its lesson is published; never remove or rename one. A unit test checks that every id here
 * is still registered, and an end-to-end test that the built site still serves it.
 */
export const PUBLISHED_DIAGRAM_IDS: readonly string[] = [
  'tasks-on-cores',
  'thread-states',
  'switch-step-by-step',
  'switch-cost',
  'thread-scaling',
  'executor-loop',
  'threads-vs-async',
  'starvation',
  'poll-state-machine',
  'multi-worker',
];
