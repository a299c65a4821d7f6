/*
 * Work counting for the linearity test: the candidate loops of question
 * generation and the comparisons they make (names, date spans, seeded picks)
 * report units of work here. A test installs a meter around one call of
 * generateQuestions and checks that twice the events cost about twice the units,
 * which catches an all-pairs loop without timing anything. Generation is
 * synchronous, so the meter installed for one call cannot see another's work;
 * without a meter, counting costs one comparison.
 */

/** Receives units of work. */
export type WorkMeter = (units: number) => void;

let current: WorkMeter | null = null;

/** Report `units` of work to the installed meter, if any. */
export function tick(units = 1): void {
  if (current !== null) current(units);
}

/** Run `work` with `meter` receiving the units it reports. */
export function metered<T>(meter: WorkMeter | undefined, work: () => T): T {
  const previous = current;
  current = meter ?? null;
  try {
    return work();
  } finally {
    current = previous;
  }
}
