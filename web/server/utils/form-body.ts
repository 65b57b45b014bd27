import type { H3Event } from 'h3';

export type ParsedForm = { fields: Record<string, string>; files: Record<string, File> };
export type FormBodyProblem = 'too-large' | 'unreadable';

/**
 * A POSTed HTML form (urlencoded or multipart) read only up to `maxBytes`: a body announced or found
 * larger is never read further ('too-large': the caller answers 413 with the page's own message), a
 * body that is not a form is 'unreadable'. Text fields come as strings, file parts as File (an empty
 * file input is left out).
 */
export async function readFormWithin(event: H3Event, maxBytes: number): Promise<ParsedForm | FormBodyProblem> {
  const contentType = getRequestHeader(event, 'content-type') ?? '';
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) return 'unreadable';
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > maxBytes) return tooLarge(event);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of event.node.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge(event);
    chunks.push(chunk);
  }
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

/** The rest of a refused body is not read: the connection closes after the answer. */
function tooLarge(event: H3Event): 'too-large' {
  setResponseHeader(event, 'connection', 'close');
  return 'too-large';
}
