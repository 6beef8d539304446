// Builds the Pagefind index from Podium's search records (one JSON object per line: url, html)
// through Pagefind's Node API, instead of Pagefind reading every written page.
//   node pagefind-records.mjs <folder with node_modules/pagefind> <records.jsonl> <output folder> <language>
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [tools, records, output, language] = process.argv.slice(2);
const pagefind = await import(pathToFileURL(join(tools, 'node_modules', 'pagefind', 'lib', 'index.js')).href);
const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

// Requests go to Pagefind's service over one pipe in the order they are made, so keeping many
// in flight changes nothing in the index but the wait: one at a time took 4 minutes at Papers
// with Code's scale, mostly in round trips.
const inFlight = new Set();
let pages = 0;
for await (const line of createInterface({ input: createReadStream(records, 'utf8'), crlfDelay: Infinity })) {
  if (!line) continue;
  const record = JSON.parse(line);
  const added = index.addHTMLFile({ url: record.url, content: record.html }).then((result) => {
    if (result.errors.length) throw new Error(`pagefind: ${record.url}: ${result.errors.join('; ')}`);
    inFlight.delete(added);
  });
  inFlight.add(added);
  pages++;
  if (inFlight.size >= 256) await Promise.race(inFlight);
}
await Promise.all(inFlight);
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Indexed ${pages} pages`);
