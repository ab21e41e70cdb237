/** Small whole files the adapters keep beside the archive (the event ledger, the DM follow-ups). */
import { open, readFile, rename } from 'node:fs/promises';

/** The file's text, or null when it does not exist; other errors reject. */
export async function readTextIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Replaces `file` with `text` whole: a temp file beside it, fsync, rename (a crash leaves the old or the new file, never half). */
export async function replaceFile(file: string, text: string, tmp = `${file}.${process.pid}.tmp`): Promise<void> {
  const fh = await open(tmp, 'w');
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
}
