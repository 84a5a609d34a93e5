// Dutch postcodes (9231 KD) and street addresses (Kerkstraat 14, Tjalling Harkemastraat 8, Molenweg 27a).
import { STOPWORDS } from './words.ts';
import { eachMatch } from './match.ts';
import type { Candidate, DetectorInput } from './types.ts';

// SA, SD and SS are never issued as postcode letters.
export const POSTCODE_RE = /(?<![\w-])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\w-])/g;

// Up to three capitalised words before a word ending in a Dutch or Frisian street suffix, then a house number.
export const STREET_RE =
  /(?<![\p{L}\d])(?:\p{Lu}[\p{L}'.]{0,20}[ -]){0,3}\p{Lu}[\p{Ll}'-]{0,30}(?:straat|laan|weg|plein|kade|gracht|dijk|dyk|singel|pad|steeg|hof|dreef|baan|ring|wal|markt|erf|singel|haven|leane|loane|buorren|strjitte|wei|reed|hiem|wijk|park|oord|veld|akker|hoek|brink|weide|hout|straatweg|vaart|diep|kanaal|zijl|dwinger|gaast)\.? \d{1,4}(?: ?[a-zA-Z](?![\p{L}]))?(?![\d,.]\d)/gu;

export const STREET_HINT_RE =
  /(?:straat|laan|weg|plein|kade|gracht|dijk|dyk|singel|pad|steeg|hof|dreef|baan|ring|wal|markt|erf|haven|leane|loane|buorren|strjitte|wei|reed|hiem|wijk|park|oord|veld|akker|hoek|brink|weide|hout|vaart|diep|kanaal|zijl|dwinger|gaast)\.? \d/;

export function detectAddress({ norm }: DetectorInput): Candidate[] {
  const out: Candidate[] = [];
  const text = norm.text;
  eachMatch(POSTCODE_RE, text, (m) => {
    // "2024 EN 2025": the letters are a word, not postcode letters.
    if (STOPWORDS.has(m[0].slice(-2).toLowerCase()) || /^(?:OK|NL|EU|UK|US|AM|PM|TV|CM|KM|MB|GB)$/.test(m[0].slice(-2))) return;
    out.push({ category: 'address', start: m.index, end: m.index + m[0].length, priority: 6 });
  });
  // The street pattern is costly to try at every capital; most drafts have no street suffix before a number.
  if (!STREET_HINT_RE.test(text)) return out;
  eachMatch(STREET_RE, text, (m) => {
    let start = m.index;
    // "Is Tjalling Harkemastraat 8": drop leading words that are ordinary words, not part of the name.
    const words = m[0].split(' ');
    let k = 0;
    while (k < words.length - 2 && STOPWORDS.has(words[k]!.toLowerCase())) start += words[k++]!.length + 1;
    out.push({ category: 'address', start, end: m.index + m[0].length, priority: 6 });
  });
  return out;
}
