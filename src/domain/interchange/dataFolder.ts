/** A dataset as the files of a data folder: each file's JSON text, with its `$schema` link, as `data/` writes them. */
import { DATA_FILE_NAMES, FILES, TIMELINE_FILE, type DataFileName, type RawDataset } from '../schema.ts';

/**
 * The text of every file `DATA_FILE_NAMES` lists for `data`. `schemaDir` is the folder of the JSON
 * Schemas as seen from the data folder (data/ itself uses "./schema"), so an editor checks the files.
 */
export function dataFolderFiles(data: RawDataset, schemaDir: string): Record<DataFileName, string> {
  const link = (name: DataFileName) => `${schemaDir.replace(/\/+$/, '')}/${name.replace(/\.json$/, '.schema.json')}`;
  const text = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const files = {} as Record<DataFileName, string>;
  for (const name of DATA_FILE_NAMES) {
    if (name === TIMELINE_FILE) files[name] = text({ $schema: link(name), ...data.timeline });
    else {
      const { key } = FILES[name];
      files[name] = text({ $schema: link(name), [key]: data[key] });
    }
  }
  return files;
}
