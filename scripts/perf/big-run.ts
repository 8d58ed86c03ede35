/** The frame-timing fixture's id, size and limits, shared by the fixture and the script that measures it. */
export const BIG_RUN = { id: 'perf-big-run', tasks: 10_000, cores: { min: 1, max: 8, default: 4 } } as const;
