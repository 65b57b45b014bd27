/** One anonymous GET answer as it was sent: its bytes, validator and when it was made. */
export type MemoAnswer = { body: string; etag: string; type: string; storedAt: number };

const MAX_ENTRIES = 1_000;
const MAX_TOTAL_BYTES = 32 * 1024 * 1024;
/** Larger answers are never kept (a 100-article list with bodies is well under this). */
const MAX_ANSWER_BYTES = 1024 * 1024;

/**
 * The last answers to anonymous GETs (URL → answer), so that a partner's revalidation or a cache in
 * front of us gets a 304 or the same bytes without running the query again. An answer is served only
 * while it is younger than maxAge, and every content change forgets all of them at once (clear()):
 * a publish is never hidden behind a kept answer. Least recently used leave first; bounded in count
 * and bytes.
 */
export function createAnswerMemo(maxAgeMs: number, now: () => number = Date.now) {
  const answers = new Map<string, MemoAnswer>();
  let totalBytes = 0;
  /** Counts clear()s: an answer computed across a content change is not kept. */
  let generation = 0;
  const forget = (url: string) => {
    const answer = answers.get(url);
    if (!answer) return;
    totalBytes -= answer.body.length;
    answers.delete(url);
  };
  return {
    get generation() {
      return generation;
    },
    get(url: string): MemoAnswer | undefined {
      const answer = answers.get(url);
      if (!answer) return undefined;
      if (now() - answer.storedAt >= maxAgeMs) {
        forget(url);
        return undefined;
      }
      answers.delete(url);
      answers.set(url, answer);
      return answer;
    },
    /** Keeps an answer made while `madeInGeneration` was current, unless content changed meanwhile. */
    set(url: string, answer: MemoAnswer, madeInGeneration: number): void {
      if (madeInGeneration !== generation || answer.body.length > MAX_ANSWER_BYTES) return;
      forget(url);
      answers.set(url, answer);
      totalBytes += answer.body.length;
      while (answers.size > MAX_ENTRIES || totalBytes > MAX_TOTAL_BYTES) forget(answers.keys().next().value as string);
    },
    clear(): void {
      answers.clear();
      totalBytes = 0;
      generation += 1;
    },
  };
}

export type AnswerMemo = ReturnType<typeof createAnswerMemo>;
