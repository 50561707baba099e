/** JSON Schemas generated from the zod schemas, so editors check data files as people type. */
import { z } from 'zod';
import { FILES, FILE_NAMES, TIMELINE_FILE, timelineSchema } from '../../src/domain/schema.ts';

/** Bumped when a data file changes shape in a way old files do not fit. */
export const SCHEMA_VERSION = 2;

/** The schema file name for a data file: "events.json" → "events.schema.json". */
export const schemaFileName = (dataFile: string): string => dataFile.replace(/\.json$/, '.schema.json');

/** Each generated schema as formatted JSON text, keyed by schema file name. */
export function generateJsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (file: string, what: string, schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    const titled = { ...json, title: `Parley ${what} (schema version ${SCHEMA_VERSION})` };
    out.set(schemaFileName(file), `${JSON.stringify(titled, null, 2)}\n`);
  };
  add(TIMELINE_FILE, 'timeline', timelineSchema);
  for (const name of FILE_NAMES) add(name, FILES[name].key, FILES[name].schema);
  return out;
}
