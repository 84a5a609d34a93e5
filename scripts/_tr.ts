import { setTrace } from '/work/wt/a8/main/src/protocol/abuse/analyze.ts';
import { evaluate } from '/work/wt/a8/main/src/protocol/evaluate.ts';
import { DEFAULT_SETTINGS } from '/work/wt/a8/main/src/settings/schema.ts';
const t: string[] = [];
setTrace(t);
const f = evaluate({ text: process.argv[2]!, site: 'facebook' }, DEFAULT_SETTINGS).findings.filter((x) => x.code === 'abusive');
console.log(f.map((x) => x.text), t);
