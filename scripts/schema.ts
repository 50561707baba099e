/** `npm run schema`: writes data/schema/*.schema.json from the zod schemas in src/domain/schema.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJsonSchemas } from './lib/jsonSchemas.ts';

const dir = join('data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, text] of generateJsonSchemas()) {
  writeFileSync(join(dir, name), text);
  console.log(`wrote ${join(dir, name)}`);
}
