// npm start: the bot (or, without a token, the console) as plain JavaScript.
// src/ is compiled to dist/ (bin/compile.mjs, about 0.1 s, only after a source
// changes), so a start spends no time in a TypeScript loader: through tsx,
// resolving and loading each module is a round trip to its loader thread,
// about 0.4 s of every start (a sixth of a warm start on the archive).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, ROOT, sourcesIn } from './compile.mjs';

await compile(sourcesIn('src'), 'dist');
await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'index.js')).href);
