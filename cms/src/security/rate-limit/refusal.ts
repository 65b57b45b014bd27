/** "Vietnamese. English." message of a 429, the wait in whole seconds. */
export function rateLimitMessage(retryAfterSeconds: number, withToken: boolean): string {
  const vietnamese = `Bạn đã gửi quá nhiều yêu cầu tới API. Vui lòng thử lại sau ${retryAfterSeconds} giây.`;
  const english = `Too many requests to the API. Please try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`;
  if (withToken) return `${vietnamese} ${english}`;
  return (
    `${vietnamese} Đối tác cần hạn mức cao hơn xin liên hệ Liên hiệp Hội Lào Cai để được cấp khóa API. ` +
    `${english} Partners who need a higher limit can ask the union for an API token.`
  );
}

/** The 429 body: GraphQL's error shape on /graphql, Strapi's REST error shape under /api. */
export function rateLimitBody(kind: 'graphql' | 'rest', message: string, retryAfterSeconds: number) {
  const extensions = { code: 'RATE_LIMITED', retryAfterSeconds };
  if (kind === 'graphql') return { errors: [{ message, extensions }] };
  return { data: null, error: { status: 429, name: 'RateLimitError', message, details: extensions } };
}
