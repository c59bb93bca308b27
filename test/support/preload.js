// Loaded into every fixture run (both targets): print an uncaught error the
// same way for both, without stack traces that would differ between them.
'use strict';
function describe(e) {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try { return `${typeof e} ${JSON.stringify(e)}`; } catch { return typeof e; }
}
process.on('uncaughtException', (e) => {
  process.stdout.write(`Uncaught ${describe(e)}\n`);
  process.exitCode = 1;
  process.exit(1);
});
process.on('unhandledRejection', (e) => {
  process.stdout.write(`Unhandled rejection ${describe(e)}\n`);
  process.exit(1);
});
