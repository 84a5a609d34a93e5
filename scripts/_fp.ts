import { readFileSync } from 'node:fs';
import { setTrace, setA8Threshold, setA8Evidence } from '/work/wt/a8/main/src/protocol/abuse/analyze.ts';
import { evaluate } from '/work/wt/a8/main/src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '/work/wt/a8/main/src/settings/schema.ts';
import { DRAFTS } from '/work/wt/a8/main/scripts/eval-a8.ts';
setA8Threshold(Number(process.env.T ?? 0.7)); if (process.env.E) setA8Evidence(Number(process.env.E));
for (const f of DRAFTS.map((x) => '/work/wt/a8/main/' + x)) for (const l of readFileSync(f, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const r = JSON.parse(l);
  const t: string[] = [];
  setTrace(t);
  const got = evaluate({ text: r.text, site: r.site ?? 'facebook' }, DEFAULT_SETTINGS).findings.filter((x) => x.code === 'abusive');
  setTrace(null);
  const exp = r.expect?.abusive ?? r.abusive;
  if (got.length && !exp) console.log('FP', f.split('/').pop(), r.text.slice(0, 200), '\n    [', got.map((g) => g.text).join('|'), ']', t.filter((x) => x.startsWith('learned p')).join(';'));
  if (!got.length && exp && process.env.FN) console.log('FN', r.text.slice(0, 200), '\n    ', t.filter((x) => x.startsWith('learned')).join(';'));
}
