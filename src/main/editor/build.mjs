// Builds the editor into one minified script for the admin pages:
//   npm --prefix src/main/editor ci && npm --prefix src/main/editor run build
// The script and the licences of what it bundles are committed, so that building Newsroom needs only the JDK.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const here = (path) => new URL(path, import.meta.url).pathname;

const result = await build({
  entryPoints: [here('./src/editor.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2020'],
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  write: false
});

// The packages whose code is in the bundle, named with their versions and licences in its first lines.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const found = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (found) {
    const dir = input.slice(0, found.index) + 'node_modules/' + found[1];
    packages.set(found[1], dir);
  }
}
const listed = [...packages.entries()].sort().map(([name, dir]) => {
  const meta = JSON.parse(readFileSync(here('./' + dir + '/package.json'), 'utf8'));
  const file = readdirSync(here('./' + dir)).find((f) => /^licen[cs]e/i.test(f));
  const text = file ? readFileSync(here('./' + dir + '/' + file), 'utf8').trim() : 'Licence: ' + meta.license;
  return { line: `${name} ${meta.version} (${meta.license})`, text: `${name} ${meta.version}\n\n${text}` };
});

const banner = `/*! Newsroom's story editor, built from src/main/editor. It bundles, each under its own licence (texts in
 * src/main/editor/LICENSES.txt): ${listed.map((p) => p.line).join(', ')}. */\n`;
writeFileSync(here('../resources/static/js/editor.js'), banner + result.outputFiles[0].text);
writeFileSync(here('./LICENSES.txt'), 'The licences of the packages bundled into src/main/resources/static/js/editor.js.\n\n'
  + listed.map((p) => p.text).join('\n\n' + '-'.repeat(78) + '\n\n') + '\n');
console.log('editor.js: ' + Math.round((banner.length + result.outputFiles[0].contents.length) / 1024) + ' KiB, ' + listed.length + ' packages');
