// Preloaded with `node --import` into a benchmarked process: on exit, writes its peak resident set
// size (KiB, from getrusage) to the file BENCH_MAXRSS_FILE names. The parent cannot see a child's
// own peak once it has exited, and polling /proc would miss short spikes.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
