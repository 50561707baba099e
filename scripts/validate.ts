/**
 * `npm run validate [-- DIR]`: checks a dataset folder (default: data/) and prints every problem,
 * one per line, naming the file, the item and the field. Exits 1 when any is found.
 */
import { resolve } from 'node:path';
import { displayDir, formatIssues, readDataset } from './lib/readDataset.ts';

const dir = resolve(process.argv[2] ?? 'data');
const result = readDataset(dir);
if (!result.ok) {
  console.error(formatIssues(result.issues));
  console.error(`\n${displayDir(dir)}: ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found`);
  process.exit(1);
}
const d = result.dataset;
const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
console.log(
  `${displayDir(dir)}: valid — ${count(d.events.length, 'event')}, ${count(d.actors.length, 'actor')}, ` +
    `${count(d.quotes.length, 'quote')}, ${count(d.sources.length, 'source')}, ${count(d.places.length, 'place')}, ` +
    `${count(d.redirects.length, 'redirect')}`,
);
const dates = d.events.map((e) => e.start.date).sort();
const topics = new Set([...d.events, ...d.quotes].flatMap((x) => x.topics));
console.log(
  `"${d.timeline.title}": events from ${dates[0] ?? '-'} to ${dates.at(-1) ?? '-'} ` +
    `(covers ${d.timeline.coverage.from} to ${d.timeline.coverage.to}), ${count(topics.size, 'topic')} in use`,
);
