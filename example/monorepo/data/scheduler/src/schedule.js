/** The jobs the scheduler triggers, with their period in minutes. */
export const jobs = [
  { name: 'ingest', everyMinutes: 15 },
  { name: 'transform', everyMinutes: 60 },
];

/** The jobs due at a given minute since midnight. */
export function dueAt(minute) {
  return jobs.filter((job) => minute % job.everyMinutes === 0).map((job) => job.name);
}
