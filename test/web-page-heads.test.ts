// The three HTML pages (index.html, tackning.html, kalla.html) repeat their <head>. Sharing it
// would make the static files server-rendered templates (see README, "The web page"), so the
// repetition is kept and checked instead: the heads must be the same apart from the title and the
// page's module.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { webDir } from '../src/config/paths.js';

const PAGES = ['index.html', 'tackning.html', 'kalla.html'];

/** The <head> lines of a page with its own title and module script left out. */
function sharedHead(file: string): string[] {
  const html = readFileSync(path.join(webDir, file), 'utf8');
  const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
  return head
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('<title>') && !l.startsWith('<script type="module"'));
}

describe('the web pages share one <head>', () => {
  it('has the same head lines on every page, apart from the title and the module', () => {
    const [first, ...rest] = PAGES.map(sharedHead);
    expect(first).to.include('<meta name="referrer" content="no-referrer" />');
    rest.forEach((lines, i) => expect(lines, PAGES[i + 1]).to.deep.equal(first));
  });

  it('loads one module per page and names the page in its title', () => {
    for (const file of PAGES) {
      const html = readFileSync(path.join(webDir, file), 'utf8');
      expect(
        html.match(/<script type="module" src="\/assets\/[a-z-]+\.js"><\/script>/g),
        file,
      ).to.have.length(1);
      expect(html, file).to.match(
        /<title>[^<]+ Insatsguiden<\/title>|<title>Insatsguiden – [^<]+<\/title>/,
      );
    }
  });
});
