import { casual } from 'chrono-node/en';
const ref = new Date(1989, 9, 30, 12);
for (const s of process.argv.slice(2)) {
  for (const r of casual.parse(s, ref, { forwardDate: false })) {
    console.log(JSON.stringify(r.text), r.index, [...r.tags()].join(','), 'start', JSON.stringify((r.start as any).knownValues), JSON.stringify((r.start as any).impliedValues), 'end', r.end ? JSON.stringify((r.end as any).knownValues) : '-');
  }
}
