// Writes public/managed_schema.json from the zod settings schema. Run after changing src/settings/schema.ts:
//   npm run managed-schema
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../src/settings/managed-schema.ts';

const target = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
writeFileSync(target, managedSchemaText());
console.log(`wrote ${target}`);
