/** JSON Schemas generated from the zod schemas, so editors check data files as people type. */
import { z } from 'zod';
import { FILES, FILE_NAMES } from '../../src/domain/schema.ts';

/** The schema file name for a data file: "events.json" → "events.schema.json". */
export const schemaFileName = (dataFile: string): string => dataFile.replace(/\.json$/, '.schema.json');

/** Each generated schema as formatted JSON text, keyed by schema file name. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of FILE_NAMES) {
    const schema = z.toJSONSchema(FILES[name].schema, { io: 'input', unrepresentable: 'any' });
    const titled = { ...schema, title: `Parley ${FILES[name].key} (schema version 1)` };
    out.set(schemaFileName(name), `${JSON.stringify(titled, null, 2)}\n`);
  }
  return out;
}
