import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SoudanError } from '../errors';
import { createQaLab } from '../qa/qa-lab';
import { UsageError } from './usage-error';

export const QA_KEYS_USAGE =
  'soudan qa-keys --out DIR [--days 90]   a QA lab: qa-trust.json + qa-signing-keys.json';

/**
 * Makes a QA lab for a QA environment: `qa-trust.json` (public: the deployment's QA_TRUST_FILE) and
 * `qa-signing-keys.json` (private, mode 0600: the replay's QA_SIGNING_KEYS). Existing files are never
 * overwritten: a lab in use would stop verifying.
 */
export async function qaKeysCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, days: { type: 'string', default: '90' } },
  });
  if (values.out === undefined) throw new UsageError('--out DIR is required');
  const days = Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > 825) {
    throw new UsageError(`--days must be a whole number from 1 to 825, got ${values.days}`);
  }
  const lab = createQaLab(days);
  await mkdir(values.out, { recursive: true });
  const trustFile = join(values.out, 'qa-trust.json');
  const keysFile = join(values.out, 'qa-signing-keys.json');
  try {
    await writeFile(trustFile, JSON.stringify(lab.trust, null, 2) + '\n', { flag: 'wx', mode: 0o644 });
    await writeFile(keysFile, JSON.stringify(lab.keys, null, 2) + '\n', { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SoudanError(`${values.out} already holds a QA lab: remove it or choose another --out`, {
        cause: error,
      });
    }
    throw error;
  }
  out(`${trustFile}: public, for the QA deployment (QA_TRUST_FILE=${trustFile})`);
  out(`${keysFile}: secret, for the replay (QA_SIGNING_KEYS="$(cat ${keysFile})"); valid ${days} days`);
  return 0;
}
