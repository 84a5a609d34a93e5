// The README's example policies are what admins copy: each form must be a policy Postwacht accepts in full, and
// exactly what the options page's export (src/settings/policy-bundle.ts) produces for the default profile.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManaged } from '../../../src/settings/managed.ts';
import { importPolicy } from '../../../src/settings/policy-bundle.ts';
import { README_FORMS, readmeBlock, readmeExamples, readmeWithPolicies } from '../../../src/settings/readme-policies.ts';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

function block(marker: string): unknown {
  const m = new RegExp(`<!-- ${marker}:start -->\\s*\`\`\`json\\n([^]*?)\\n\\s*\`\`\`\\s*<!-- ${marker}:end -->`).exec(readme);
  if (!m) throw new Error(`README has no ${marker} block`);
  return JSON.parse(m[1]!);
}

function expectFullPolicy(policy: unknown) {
  const r = parseManaged(policy);
  expect(r.invalid).toEqual([]);
  expect(r.locked).toContain('school.disclaimers.nl.disclosure');
  expect(r.locked).toContain('school.articles.disclosure.label');
  expect(r.locked).toContain('rules.personalData');
  expect(r.locked).toContain('lessonHours.mon');
  expect(r.locked).toContain('timeZone');
}

describe('README example policies', () => {
  it('are exactly what the policy export produces (npm run readme-policies rewrites them)', () => {
    const examples = readmeExamples();
    for (const form of README_FORMS) expect(readmeBlock(readme, form), form).toBe(examples[form]);
    expect(readmeWithPolicies(readme)).toBe(readme);
  });

  it('the plain policy object is fully valid', () => expectFullPolicy(block('policy-example')));

  it('the Google Admin console form unwraps to the same policy', () => {
    const admin = block('policy-example-admin') as Record<string, { Value: unknown }>;
    const unwrapped = Object.fromEntries(Object.entries(admin).map(([k, v]) => [k, v.Value]));
    expect(unwrapped).toEqual(block('policy-example'));
    expectFullPolicy(unwrapped);
  });

  it('the Firefox policies.json carries the same policy under 3rdparty.Extensions', () => {
    const ff = block('policy-example-firefox') as { policies: { '3rdparty': { Extensions: Record<string, unknown> }; ExtensionSettings: object } };
    expect(Object.keys(ff.policies.ExtensionSettings)).toEqual(['postwacht@csgliudger.nl']);
    expect(ff.policies['3rdparty'].Extensions['postwacht@csgliudger.nl']).toEqual(block('policy-example'));
  });

  it('the Linux file carries the same policy under 3rdparty.extensions', () => {
    const linux = block('policy-example-linux') as { '3rdparty': { extensions: Record<string, unknown> } };
    expect(linux['3rdparty'].extensions['<extension-id>']).toEqual(block('policy-example'));
  });

  it('the .reg files hold the same values as JSON strings', () => {
    const regs = [...readme.matchAll(/```reg\n([^]*?)```/g)].map((m) => m[1]!);
    expect(regs.length).toBe(2);
    for (const reg of regs) {
      const values: Record<string, unknown> = {};
      for (const [, key, raw] of reg.matchAll(/^\s*"(\w+)"="((?:[^"\\]|\\.)*)"\s*$/gm)) {
        const text = raw!.replace(/\\(.)/g, '$1');
        values[key!] = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text;
      }
      expect(values).toEqual(block('policy-example'));
    }
  });

  it('every form reads back as the same, fully valid policy', () => {
    for (const form of README_FORMS) {
      const r = importPolicy(readmeBlock(readme, form)!);
      expect(r.ok && r.form, form).toBe(form);
      if (!r.ok) continue;
      expect(r.policy, form).toEqual(block('policy-example'));
      expectFullPolicy(r.policy);
    }
  });
});
