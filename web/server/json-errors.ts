import type { NitroErrorHandler } from 'nitropack/types';

/**
 * Errors for clients that did not ask for HTML (Accept: application/json, curl, /api/…): Nuxt's own
 * handler renders app/error.vue for browsers and leaves these to Nitro's default, whose JSON says
 * "Page not found" or "Server Error". This one comes after Nuxt's (modules/vietnamese-errors.ts) and
 * sends the same JSON — status, headers, logging of unexpected errors — with the Vietnamese title and
 * explanation of the error page as `statusMessage` and `message`.
 */
const jsonErrors: NitroErrorHandler = async (error, event, { defaultHandler }) => {
  if (event.handled) return;
  const answer = await defaultHandler(error, event, { json: true });
  const body = typeof answer.body === 'string' ? answer.body : { ...answer.body, ...vietnameseMessages(answer.status) };
  setResponseHeaders(event, { ...answer.headers, 'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8' });
  setResponseStatus(event, answer.status, answer.statusText);
  return send(event, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
};

function vietnameseMessages(status: number): { statusMessage: string; message: string } {
  const text = errorText(status);
  return { statusMessage: text.title, message: text.explanation };
}

export default jsonErrors;
