/** One JSON object per line on stdout, as the log collector expects. */
export function log(level, message, fields = {}) {
  console.log(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }));
}
