/**
 * `npm run validate [-- DIR]`: checks a dataset folder (default: data/) and prints every problem,
 * one per line, naming the file, the item and the field. Exits 1 when any is found.
 */
import { resolve } from 'node:path';
import { displayDir, formatIssues, readDataset } from './lib/readDataset';

const dir = resolve(process.argv[2] ?? 'data');
const result = readDataset(dir);
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error(`\n${displayDir(dir)}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found`);
  process.exit(1);
}
const d = result.dataset;
console.log(
  `${displayDir(dir)}: valid — ${d.events.length} events, ${d.actors.length} actors, ${d.quotes.length} quotes, ` +
    `${d.sources.length} sources, ${d.places.length} places, ${d.redirects.length} redirects`,
);
