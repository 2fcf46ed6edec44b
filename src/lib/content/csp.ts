/**
 * The Content-Security-Policy of every page: nothing from other origins, no
 * inline scripts or event handlers, no inline styles. Pagefind's search runs
 * WebAssembly, hence 'wasm-unsafe-eval' (it allows wasm compilation only).
 * `frame-ancestors` cannot be set from a meta tag: public/_headers carries it.
 */
export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export const CSP = CSP_DIRECTIVES.join("; ");
