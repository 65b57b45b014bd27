import type { H3Event } from 'h3';

export type ParsedForm = { fields: Record<string, string>; files: Record<string, File> };
export type FormBodyProblem = 'too-large' | 'unreadable';

/**
 * A POSTed HTML form (urlencoded or multipart) kept only up to `maxBytes`: a body announced or found
 * larger is not kept ('too-large': the caller answers 413 with the page's own message), a body that
 * is not a form is 'unreadable'. Text fields come as strings, file parts as File (an empty file
 * input is left out).
 */
export async function readFormWithin(event: H3Event, maxBytes: number): Promise<ParsedForm | FormBodyProblem> {
  const contentType = getRequestHeader(event, 'content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) return 'unreadable';
  const announced = Number(getRequestHeader(event, 'content-length') ?? 0);
  const discardLimit = Math.min(MAX_DISCARDED_BYTES, Math.max(4 * maxBytes, 1024 * 1024));
  if (announced > discardLimit) return closing(event);
  // A body over maxBytes is still read to its end, and thrown away: the browser, still sending it,
  // then gets the page with the error rather than a broken connection.
  const chunks: Buffer[] = [];
  let size = 0;
  let kept = announced <= maxBytes;
  for await (const chunk of event.node.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > discardLimit) return closing(event);
    if (kept && size <= maxBytes) {
      chunks.push(chunk);
    } else {
      kept = false;
      chunks.length = 0;
    }
  }
  if (!kept) return 'too-large';
  let parsed: FormData;
  try {
    parsed = await new Response(Buffer.concat(chunks), { headers: { 'content-type': contentType } }).formData();
  } catch {
    return 'unreadable';
  }
  const form: ParsedForm = { fields: {}, files: {} };
  for (const [name, value] of parsed.entries()) {
    if (typeof value === 'string') {
      form.fields[name] ??= value;
    } else if (value.size > 0) {
      form.files[name] ??= value;
    }
  }
  return form;
}

/**
 * Past four times the form's cap (at least 1 MB, at most this), a refused body is not read to its
 * end: the connection closes after the answer.
 */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

function closing(event: H3Event): 'too-large' {
  setResponseHeader(event, 'connection', 'close');
  return 'too-large';
}
