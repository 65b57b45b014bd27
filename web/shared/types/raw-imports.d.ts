/**
 * Nitro's `raw:` imports (a file's text as a string), used by server/routes/widget/tin-moi.js.get.ts.
 * Declared under shared/: both the server and the shared TypeScript projects read shared/**\/*.d.ts.
 */
declare module 'raw:*' {
  const text: string;
  export default text;
}
