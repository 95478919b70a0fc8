// Checks a built site: every page valid HTML (html-validate), no broken internal link, anchor or
// asset, nothing loaded from another host.   node scripts/check-site.ts <dir> <base>
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatterFactory, HtmlValidate, StaticConfigLoader } from 'html-validate';
import { checkLinks, type SiteFile } from './lib/link-check.ts';

const [dir = 'dist', base = '/'] = process.argv.slice(2);
const files: SiteFile[] = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split(sep).join('/');
    return { path, html: path.endsWith('.html') ? readFileSync(full, 'utf8') : undefined };
  });
const pages = files.filter((f) => f.html !== undefined);

// The project's rules, wherever the built folder is. prefer-native-element leaves out `listbox`: the
// header search's results popup is an ARIA combobox's listbox of links and snippets, which a <select> cannot hold.
const validator = new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(new URL('../.htmlvalidate.json', import.meta.url), 'utf8'))));
const reports = await Promise.all(pages.map((page) => validator.validateFile(join(dir, page.path))));
const invalid = reports.filter((report) => !report.valid);
if (invalid.length > 0) console.error(formatterFactory('stylish')(invalid.flatMap((r) => r.results)));

const linkProblems = checkLinks(files, base);
for (const p of linkProblems) console.error(`${p.page}: ${p.target} — ${p.reason}`);

console.log(`Checked ${pages.length} pages and ${files.length - pages.length} other files in ${dir} (base ${base}): ` +
  `${invalid.length} with invalid HTML, ${linkProblems.length} broken or external references.`);
process.exit(invalid.length + linkProblems.length > 0 ? 1 : 0);
