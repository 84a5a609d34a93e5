// Shared by scripts/train-ner.ts and scripts/score-ner.ts: reads CoNLL-style files (one token a line, the
// entity tag in the last column, blank lines between sentences) and rebuilds running text from the tokens,
// with person spans as character offsets, so a detector can be run on text as a writer would type it.
import { readFileSync } from 'node:fs';

export interface Sentence {
  text: string;
  /** Person spans, [start, end) into text. */
  persons: [number, number][];
}

const NO_SPACE_BEFORE = /^(?:[.,!?;:%)\]}]|'s|n't|'re|'ve|'ll|'m|'d)$/;
const NO_SPACE_AFTER = /^[([{]$/;
const isPerson = (type: string) => /^(?:PER|person|PERSON|pers)$/i.test(type);

/**
 * Reads a CoNLL file; `-DOCSTART-` lines are skipped. Tags may be IOB1 or IOB2 (B-/I-/E-/S-).
 * `joinHandles`: an "@" token is glued to the next one and the pair labelled O (the Broad Twitter Corpus splits
 * "@user" in two and tags mentions of people as persons; for Postwacht an @handle is the handle detector's).
 */
export function readConll(path: string, splitAtStops = false, joinHandles = false): Sentence[] {
  const out: Sentence[] = [];
  let tokens: [string, string][] = [];
  const flush = () => {
    for (const t of tokens) if (t[1] === '@') t[1] = 'O';
    if (tokens.length) out.push(detokenize(tokens));
    tokens = [];
  };
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      continue;
    }
    if (cols.length < 2) continue;
    const prev = tokens[tokens.length - 1];
    if (joinHandles && prev && prev[0] === '@' && prev[1] === '@') {
      tokens[tokens.length - 1] = ['@' + cols[0]!, 'O'];
      continue;
    }
    if (joinHandles && cols[0] === '@') {
      tokens.push(['@', '@']); // placeholder tag: joined with the next token, or O when none follows
      continue;
    }
    tokens.push([cols[0]!, cols[cols.length - 1]!]);
    // Files without sentence breaks (Europeana): cut after a full stop outside a name, or after 40 tokens.
    if (splitAtStops && cols[cols.length - 1] === 'O' && ((/^[.!?]$/.test(cols[0]!) && tokens.length > 3) || tokens.length >= 40)) flush();
  }
  flush();
  return out;
}

function detokenize(tokens: [string, string][]): Sentence {
  let text = '';
  const persons: [number, number][] = [];
  let open: [number, number] | null = null;
  let prevType = 'O';
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const [word, tag] = tokens[i]!;
    const prev = i > 0 ? tokens[i - 1]![0] : '';
    let space = text.length > 0 && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(prev);
    if (word === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    const start = text.length;
    text += word;
    const [bio, type = ''] = tag === 'O' ? ['O'] : [tag.slice(0, 1), tag.slice(2)];
    const person = bio !== 'O' && isPerson(type);
    const begins = person && (bio === 'B' || bio === 'S' || prevType !== type);
    if (open && (!person || begins)) {
      persons.push(open);
      open = null;
    }
    if (person) {
      if (open) open[1] = text.length;
      else open = [start, text.length];
    }
    prevType = bio === 'O' ? 'O' : type;
  }
  if (open) persons.push(open);
  return { text, persons };
}

/**
 * Reads a JSON-lines file of running text with persons marked as [[…]] ({"id","register","text"}, one object a
 * line; written for this project, training/ner/README.md). The brackets are removed; each marked stretch becomes
 * a person span of the bare text, which the training script tokenises as the evaluator does.
 */
export function readBracketed(path: string): (Sentence & { register: string })[] {
  const out: (Sentence & { register: string })[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim()) continue;
    let row: { text?: unknown; register?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch {
      continue; // a line still being written
    }
    if (typeof row.text !== 'string') continue;
    const marked = row.text;
    let text = '';
    const persons: [number, number][] = [];
    let open = -1;
    let ok = true;
    for (let i = 0; i < marked.length; i++) {
      if (marked.startsWith('[[', i) && open < 0) {
        open = text.length;
        i++;
      } else if (marked.startsWith(']]', i) && open >= 0) {
        if (text.length > open) persons.push([open, text.length]);
        open = -1;
        i++;
      } else text += marked[i];
    }
    if (open >= 0 || text.includes('[[') || text.includes(']]')) ok = false; // unbalanced: leave the line out
    if (ok) out.push({ text, persons, register: typeof row.register === 'string' ? row.register : '' });
  }
  return out;
}
