// Seeded random drafts and what the person does right before clicking "insert", for the randomized insertion
// suite (tests/e2e/insert-fuzz.test.ts, scripts/fuzz-insert.ts, tests/firefox). Pure and deterministic: a seed
// always gives the same trial, so a failure is reproduced with its seed.
import { DEEP_QUERY } from './editors.ts';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Lines that make the banner ask for the disclaimer (C3 and C4), in Dutch and English. */
export const TRIGGERS = [
  'Mooie ouderavond bij ons op het Liudger!',
  'Vandaag sportdag met mijn leerlingen van het Liudger.',
  'Wat een mooie ouderavond vandaag bij ons op het Liudger!',
  'Proud of my students at CSG Liudger today!',
  'What a lovely open day at our school, CSG Liudger!',
];

const WORDS = {
  nl: ['morgen', 'vergadering', 'fijne', 'dag', 'iedereen', 'bedankt', 'voor', 'de', 'koffie', 'tot', 'dan', 'groetjes', 'één', 'café', 'ruïne', "zo'n", 'geïnteresseerd'],
  en: ['see', 'you', 'tomorrow', 'thanks', 'for', 'coming', 'great', 'evening', 'everyone', 'cheers', 'naïve', 'résumé', "don't"],
};
const SPECIAL = [
  '👩‍🏫', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🧑🏽‍💻', '❤️', '🎉', // emoji, ZWJ sequences, skin tone, variation selector
  '🇳🇱', '🇬🇧', '🇫🇷', // flags (regional-indicator pairs)
  'مرحبا بالعالم', 'שלום עולם', 'سلام', // RTL
  'e\u0301cole', 'Zoe\u0308', 'a\u0308\u0323', 'n\u0303', // combining marks
  '"aanhalingstekens"', '€ 12,50', '#sportdag', '@collega', '(haakjes)', '—', '…',
];

export interface Trial {
  seed: number;
  /** The draft as typed: lines joined by Enter. Empty strings are empty lines. */
  lines: string[];
  /** Where the caret is before the click: at the end as typed, anywhere, or a selection anywhere. */
  place: 'end' | 'caret' | 'selection';
  /** Two numbers in [0, 1) that pick the caret or selection (see `pickCaretInPage`). */
  pick: [number, number];
  /** What the person does right before the click. */
  last: 'nothing' | 'enter' | 'type' | 'enter-type';
  typed: string;
}

function phrase(r: () => number): string {
  const lang = r() < 0.5 ? 'nl' : 'en';
  const n = 1 + Math.floor(r() * 8);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.25) out.push(SPECIAL[Math.floor(r() * SPECIAL.length)]!);
    else out.push(WORDS[lang][Math.floor(r() * WORDS[lang].length)]!);
  }
  return out.join(r() < 0.15 ? '' : ' ');
}

function line(r: () => number): string {
  const x = r();
  if (x < 0.15) return ''; // an empty line
  if (x < 0.22) return Array.from({ length: 15 + Math.floor(r() * 25) }, () => phrase(r)).join(' '); // a long line
  return phrase(r);
}

export function makeTrial(seed: number): Trial {
  const r = rng(seed);
  const lines: string[] = [];
  const n = Math.floor(r() * 6);
  for (let i = 0; i < n; i++) lines.push(line(r));
  lines.splice(Math.floor(r() * (lines.length + 1)), 0, TRIGGERS[Math.floor(r() * TRIGGERS.length)]!);
  // Trailing line breaks: none, one or two empty lines at the end.
  const trailing = r() < 0.4 ? Math.floor(r() * 3) : 0;
  for (let i = 0; i < trailing; i++) lines.push('');
  const p = r();
  const place = p < 0.5 ? 'end' : p < 0.8 ? 'caret' : 'selection';
  const l = r();
  const last = l < 0.3 ? 'nothing' : l < 0.55 ? 'enter' : l < 0.8 ? 'type' : 'enter-type';
  return { seed, lines, place, pick: [r(), r()], last, typed: phrase(r) };
}

/**
 * Runs in the page: puts the caret (or a selection) at grapheme boundaries inside the editor's text chosen by
 * `pick`, never inside the line that asks for the disclaimer (so the banner keeps its button). Kept as source
 * text: a transpiled function would carry the transpiler's helpers into the page.
 */
export function pickCaretScript(arg: { selector: string; pick: [number, number]; selection: boolean; avoid: string }): string {
  return `(${PICK_CARET})(${JSON.stringify(arg)}, ${DEEP_QUERY})`;
}

const PICK_CARET = `function (arg, deepQuery) {
  var el = deepQuery(arg.selector);
  var seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  function bounds(s) { return Array.from(seg.segment(s), function (x) { return x.index; }).concat(s.length); }
  if (el instanceof HTMLTextAreaElement) {
    el.focus();
    var v = el.value, at = v.indexOf(arg.avoid), len = arg.avoid.length;
    var ok = bounds(v).filter(function (i) { return at < 0 || i <= at || i >= at + len; });
    var a = ok[Math.floor(arg.pick[0] * ok.length)];
    var b = arg.selection ? ok[Math.floor(arg.pick[1] * ok.length)] : a;
    var lo = Math.min(a, b), hi = Math.max(a, b);
    if (at >= 0 && lo <= at && hi >= at + len) hi = lo;
    el.setSelectionRange(lo, hi);
    return;
  }
  el.focus();
  var texts = [];
  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (var t = walker.nextNode(); t; t = walker.nextNode()) if (t.data && t.data.indexOf(arg.avoid) < 0) texts.push(t);
  if (!texts.length) return;
  var node = texts[Math.floor(arg.pick[0] * texts.length)];
  var okb = bounds(node.data);
  var x = okb[Math.floor(arg.pick[1] * okb.length)];
  var y = arg.selection ? okb[Math.floor(((arg.pick[1] * 7.31) % 1) * okb.length)] : x;
  // Inside a shadow root, Chromium's editors read the root's own selection; Firefox has one selection for all.
  var root = el.getRootNode();
  var sel = root.getSelection ? root.getSelection() : document.getSelection();
  sel.setBaseAndExtent(node, Math.min(x, y), node, Math.max(x, y));
}`;

/**
 * Splits a run of text into what a driver may enter as one input and its last two graphemes, which it types as
 * real key presses (so the editor and the extension see keydown, beforeinput and input for the last edit, as
 * from a person). Emoji sequences and combining marks stay whole.
 */
export function splitTail(text: string, graphemes = 2): [string, string] {
  const g = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  const at = Math.max(0, g.length - graphemes);
  return [g.slice(0, at).join(''), g.slice(at).join('')];
}
