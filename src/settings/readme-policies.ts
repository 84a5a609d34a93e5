// The README's example policy blocks, each between `<!-- policy-example-<form>:start -->` and `…:end -->`
// markers, rendered from the default (CSG Liudger) settings by the same functions the options page exports with.
import { exportAll, policyFromSettings, type PolicyForm } from './policy-bundle.ts';
import { DEFAULT_SETTINGS } from './schema.ts';

const MARKERS: Record<PolicyForm, { marker: string; lang: string }> = {
  policy: { marker: 'policy-example', lang: 'json' },
  admin: { marker: 'policy-example-admin', lang: 'json' },
  'reg-chrome': { marker: 'policy-example-reg-chrome', lang: 'reg' },
  'reg-edge': { marker: 'policy-example-reg-edge', lang: 'reg' },
  intune: { marker: 'policy-example-intune', lang: 'powershell' },
  firefox: { marker: 'policy-example-firefox', lang: 'json' },
  linux: { marker: 'policy-example-linux', lang: 'json' },
};

export const README_FORMS = Object.keys(MARKERS) as PolicyForm[];

/** The example texts the README must hold. */
export function readmeExamples(): Record<PolicyForm, string> {
  return exportAll(policyFromSettings(DEFAULT_SETTINGS));
}

/** The text of one marked block in `readme`, without its fence and its list indentation; undefined when absent. */
export function readmeBlock(readme: string, form: PolicyForm): string | undefined {
  const { marker } = MARKERS[form];
  const m = new RegExp(`^([ \\t]*)<!-- ${marker}:start -->\\n[ \\t]*\`\`\`\\w*\\n([^]*?)\\n[ \\t]*\`\`\`\\n[ \\t]*<!-- ${marker}:end -->`, 'm').exec(readme);
  if (!m) return undefined;
  const indent = m[1]!;
  return `${m[2]!
    .split('\n')
    .map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l))
    .join('\n')}\n`;
}

/** `readme` with every marked block replaced by its current rendering, indented as its start marker. */
export function readmeWithPolicies(readme: string): string {
  const examples = readmeExamples();
  let out = readme;
  for (const form of README_FORMS) {
    const { marker, lang } = MARKERS[form];
    const re = new RegExp(`^([ \\t]*)<!-- ${marker}:start -->\\n[^]*?<!-- ${marker}:end -->`, 'm');
    out = out.replace(re, (_, indent: string) => {
      const body = examples[form].replace(/\n$/, '').split('\n').map((l) => (l ? indent + l : l)).join('\n');
      return `${indent}<!-- ${marker}:start -->\n${indent}\`\`\`${lang}\n${body}\n${indent}\`\`\`\n${indent}<!-- ${marker}:end -->`;
    });
  }
  return out;
}
