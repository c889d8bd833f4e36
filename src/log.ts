import pino from 'pino';
import { z } from 'zod';

/** The log's settings (the README's configuration table is checked against these keys). */
export const LogEnv = z.object({
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Structured logs on stderr (stdout stays for command output); LOG_LEVEL sets the level. */
export const log = pino(
  { name: 'kg', level: LogEnv.parse(process.env).LOG_LEVEL },
  pino.destination({ dest: 2, sync: false }),
);
