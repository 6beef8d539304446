// Builds the Pagefind index from Podium's search records (one JSON object per line: url, html)
// through Pagefind's Node API, instead of Pagefind reading every written page.
//   node pagefind-records.mjs <folder with node_modules/pagefind> <records.jsonl> <output folder> <language> <pages per index>
// A site bigger than <pages per index> gets several indexes, written one after the other: the
// first in <output folder>, the others in part-2/, part-3/… inside it, listed in parts.json, and
// the search page merges them (mergeIndex). Pagefind holds an index whole in memory while it
// writes it: one index of 100,000 pages took 4–5 GB, and a GitHub runner has 16 GB.
import { createReadStream, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tools, records, output, language, perIndexArg] = process.argv.slice(2);
const perIndex = Number(perIndexArg) > 0 ? Number(perIndexArg) : Infinity;
const pagefind = await import(pathToFileURL(join(tools, 'node_modules', 'pagefind', 'lib', 'index.js')).href);

async function newIndex() {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  return index;
}

// The folders of the indexes after the first, relative to the first.
const parts = [];
let indexes = 0;
async function write(index) {
  const part = indexes === 0 ? '' : `part-${indexes + 1}/`;
  const written = await index.writeFiles({ outputPath: join(output, part) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  if (part) parts.push(part);
  indexes++;
}

// Requests go to Pagefind's service over one pipe in the order they are made, so keeping many
// in flight changes nothing in the index but the wait: one at a time took 4 minutes at Papers
// with Code's scale, mostly in round trips.
let index = await newIndex();
let inIndex = 0;
let pages = 0;
const inFlight = new Set();
for await (const line of createInterface({ input: createReadStream(records, 'utf8'), crlfDelay: Infinity })) {
  if (!line) continue;
  if (inIndex === perIndex) {
    await Promise.all(inFlight);
    await write(index);
    index = await newIndex();
    inIndex = 0;
  }
  const record = JSON.parse(line);
  const added = index.addHTMLFile({ url: record.url, content: record.html }).then((result) => {
    if (result.errors.length) throw new Error(`pagefind: ${record.url}: ${result.errors.join('; ')}`);
    inFlight.delete(added);
  });
  inFlight.add(added);
  inIndex++;
  pages++;
  if (inFlight.size >= 256) await Promise.race(inFlight);
}
await Promise.all(inFlight);
await write(index);
// The first index is the one the page loads; the search page merges the others.
writeFileSync(join(output, 'parts.json'), JSON.stringify(parts));
await pagefind.close();
console.log(`Indexed ${pages} pages in ${indexes} ${indexes === 1 ? 'index' : 'indexes'}`);
