// Plain base64 decoding for generated weight modules, so the core needs neither atob (absent in some workers) nor
// Buffer. (The name tagger now packs its weights differently; the A8 model still ships base64.)
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The platform's own decoder (Chromium 140, Firefox 133, Safari 18.2; not Node 20), when there is one. */
const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;

export function decodeBase64(s: string): Uint8Array {
  // The same bytes for the well-formed base64 the generated modules hold (padded or not), some 50 times faster: on
  // the way to a tab's first banner the A8 weights were a few milliseconds of decoding in the loop below (issue 14).
  if (native) return native.call(Uint8Array, s);
  const map = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) map[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61) len--; // trailing '=' padding, without a backtracking regex
  const clean = len === s.length ? s : s.slice(0, len);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const a = map[clean.charCodeAt(i)]!;
    const b = map[clean.charCodeAt(i + 1)]!;
    const c = i + 2 < clean.length ? map[clean.charCodeAt(i + 2)]! : 0;
    const d = i + 3 < clean.length ? map[clean.charCodeAt(i + 3)]! : 0;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
