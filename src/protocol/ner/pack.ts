// The tagger's weights as two text strings that gzip well, instead of base64 of the int8 array.
//
// Why: three quarters of the weight buckets are all zero, and base64 mixes bits across byte boundaries, so
// gzip could not see that. Here a bucket whose three weights are all zero costs nothing but a share of a gap
// character, and every other weight is one character of a small alphabet, so gzip's Huffman stage codes the
// common values (±1, ±2) in a few bits. The shipped weights went from 146 KB to about 112 KB gzipped, and
// decoding is one pass over 250,000 characters instead of over a megabyte of base64.
//
//   gaps:   one character per non-zero bucket: how many all-zero buckets precede it (0–59); GAP_MORE
//           adds 59 and says the gap continues in the next character.
//   values: LABELS characters per non-zero bucket, each weight + VALUE_ZERO as a character code.
//
// Both alphabets are printable ASCII without '"' and '\', so the strings sit in a generated module as is.

/** Character code of weight 0; weights from -MAX_WEIGHT to MAX_WEIGHT map to '#' … 'A'. */
const VALUE_ZERO = 50;
export const MAX_WEIGHT = 15;
/** Gap characters start at 'B' (66) and run to 'B' + GAP_MORE, skipping '\' (92). */
const GAP_FIRST = 66;
const GAP_MORE = 59;

const gapChar = (g: number) => {
  const c = GAP_FIRST + g;
  return String.fromCharCode(c >= 92 ? c + 1 : c);
};
const gapOf = (c: number) => (c > 92 ? c - 1 : c) - GAP_FIRST;

export interface PackedWeights {
  gaps: string;
  values: string;
}

/** Packs `weights` (buckets × `labels`, each in [-MAX_WEIGHT, MAX_WEIGHT]). */
export function packWeights(weights: Int8Array, labels: number): PackedWeights {
  let gaps = '';
  let values = '';
  let last = -1;
  const buckets = weights.length / labels;
  for (let f = 0; f < buckets; f++) {
    let any = false;
    for (let y = 0; y < labels; y++) {
      const v = weights[f * labels + y]!;
      if (v < -MAX_WEIGHT || v > MAX_WEIGHT) throw new Error(`weight ${v} outside ±${MAX_WEIGHT}`);
      if (v) any = true;
    }
    if (!any) continue;
    let g = f - last - 1;
    while (g >= GAP_MORE) {
      gaps += gapChar(GAP_MORE);
      g -= GAP_MORE;
    }
    gaps += gapChar(g);
    for (let y = 0; y < labels; y++) values += String.fromCharCode(weights[f * labels + y]! + VALUE_ZERO);
    last = f;
  }
  return { gaps, values };
}

/** The int8 weights (buckets × `labels`, `length` in all) back from {@link packWeights}' strings. */
export function unpackWeights(packed: PackedWeights, labels: number, length: number): Int8Array {
  const out = new Int8Array(length);
  const { gaps, values } = packed;
  let f = -1;
  let v = 0;
  for (let i = 0; i < gaps.length; i++) {
    const g = gapOf(gaps.charCodeAt(i));
    if (g === GAP_MORE) {
      f += GAP_MORE;
      continue;
    }
    f += g + 1;
    const base = f * labels;
    if (base + labels > length) throw new Error('Postwacht: name-tagger weights overrun the feature space');
    for (let y = 0; y < labels; y++) out[base + y] = values.charCodeAt(v++) - VALUE_ZERO;
  }
  if (v !== values.length) throw new Error('Postwacht: name-tagger weights are inconsistent');
  return out;
}
