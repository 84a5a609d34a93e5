// Rewrites the README's example policies from src/settings/policy-bundle.ts, so what admins copy is exactly what
// the options page exports (tests/unit/settings/readme-policy.test.ts fails while they differ):
//   npm run readme-policies
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeWithPolicies } from '../src/settings/readme-policies.ts';

const target = fileURLToPath(new URL('../README.md', import.meta.url));
const before = readFileSync(target, 'utf8');
const after = readmeWithPolicies(before);
if (after !== before) writeFileSync(target, after);
console.log(after === before ? 'README policies up to date' : `rewrote the policy examples in ${target}`);
