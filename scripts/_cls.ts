import { a8Units } from '/work/wt/a8/main/src/protocol/abuse/analyze.ts';
import { classNames, scoreUnit } from '/work/wt/a8/main/src/protocol/abuse/learned.ts';
import { normalize } from '/work/wt/a8/main/src/protocol/normalize.ts';
const n = normalize(process.argv[2]!);
for (const u of a8Units(n.lower, n.text, false)) {
  const { p, contrib } = scoreUnit(u);
  console.log(p.toFixed(3), 'sig', u.sig, u.toks.map((t, i) => `${t.k}[${classNames(u.cls[i]!).join(',')}]${contrib[i]!.toFixed(2)}`).join(' '));
}
