import { listGenerations, readCurrentPointer } from '../index/layout.ts';
import { REPAIR_HINT, verifyGeneration } from '../index/verify.ts';

/**
 * `npm run index -- --verify`: check every generation of `indexDir` in full (sizes, sha256,
 * SQLite quick_check and row counts, vector graph structure), trusting no earlier verification stamp and print one line each. Exit 0 when
 * the live generation verifies, 1 otherwise (with the remedy).
 */
export async function verifyIndex(
  indexDir: string,
  out: Pick<NodeJS.WriteStream, 'write'> = process.stdout,
  err: Pick<NodeJS.WriteStream, 'write'> = process.stderr,
): Promise<number> {
  const pointer = await readCurrentPointer(indexDir);
  const gens = await listGenerations(indexDir);
  if (pointer.state === 'absent' && gens.length === 0) {
    err.write(`index: no index in ${indexDir}, run npm run index\n`);
    return 1;
  }
  const live = pointer.state === 'ok' ? pointer.name : null;
  if (pointer.state === 'bad') out.write(`index: ${pointer.path} ${pointer.reason}\n`);
  let liveOk = false;
  for (const name of gens) {
    const check = await verifyGeneration(indexDir, name, 'deep');
    const tag = name === live ? ' (live)' : '';
    if (check.ok) {
      if (name === live) liveOk = true;
      const m = check.manifest;
      out.write(
        `index: ${name}${tag} ok: ${m.counts.docs} documents, ${m.counts.chunks} chunks, ${m.counts.vectors} vectors${m.files ? '' : ' (no checksums recorded: built before they existed)'}\n`,
      );
    } else {
      out.write(`index: ${name}${tag} DAMAGED: ${check.reason}\n`);
    }
  }
  if (live && !gens.includes(live)) out.write(`index: ${live} (live) DAMAGED: its folder is missing\n`);
  if (liveOk) return 0;
  err.write(`index: the live index in ${indexDir} is not whole; ${REPAIR_HINT}\n`);
  return 1;
}
