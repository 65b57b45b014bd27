import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/**
 * The records of a JSON file (an array of objects) or an NDJSON file (one object a line; streamed,
 * so a file of any size is read in constant memory). Chosen by the extension: `.ndjson`/`.jsonl`
 * are streamed, anything else is read as one JSON array.
 */
export async function* readRecords(file: string): AsyncGenerator<unknown> {
  if (/\.(ndjson|jsonl)$/i.test(file)) {
    const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
    let number = 0;
    for await (const line of lines) {
      number += 1;
      if (line.trim() === '') continue;
      try {
        yield JSON.parse(line) as unknown;
      } catch {
        throw new Error(`${file}:${number}: not a JSON object`);
      }
    }
    return;
  }
  const parsed = JSON.parse(await readFile(file, 'utf8')) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array of articles`);
  yield* parsed;
}
