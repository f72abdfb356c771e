export { formatMoney } from './money.js';
export { log } from './log.js';

let counter = 0;

/** A short id to correlate the log lines of one request. */
export function requestId(prefix = 'req') {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter.toString(36)}`;
}
