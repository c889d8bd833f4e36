import pino from 'pino';

/** Structured logs on stderr (stdout stays for command output); LOG_LEVEL sets the level. */
export const log = pino(
  { name: 'kg', level: process.env.LOG_LEVEL ?? 'info' },
  pino.destination({ dest: 2, sync: false }),
);
