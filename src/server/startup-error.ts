import { SoudanError } from '../errors';

/** The service cannot start; the message names the setting to change. */
export class StartupError extends SoudanError {}

/** Whether listening failed because the address is taken or not ours to bind: a setting can fix that. */
export function isAddressProblem(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL';
}

const WHY: Record<string, string> = {
  EADDRINUSE: 'is in use (another soudan, or another program, listens there)',
  EACCES: 'may not be opened by this user',
  EADDRNOTAVAIL: 'is not an address of this machine',
};

/** "port 3000 is in use (…): set PORT …" for a listen error on a port a setting chose. */
export function portError(error: NodeJS.ErrnoException, port: number, remedy: string): StartupError {
  return new StartupError(
    `port ${port} ${WHY[error.code!] ?? 'cannot be opened'} (${error.message}): ${remedy}`,
    {
      cause: error,
      context: { port, code: error.code },
    },
  );
}
