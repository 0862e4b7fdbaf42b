// The profile form offers exactly the profile schema's fields: a schema property without a
// control, or a control without a property, fails here (so the page can neither miss a field nor
// send one the API rejects).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { projectRoot } from '../src/config/paths.js';

const html = readFileSync(path.join(projectRoot, 'src/web/index.html'), 'utf8');
const schema = JSON.parse(
  readFileSync(path.join(projectRoot, 'schemas/profile.schema.json'), 'utf8'),
) as { properties: Record<string, { enum?: string[]; items?: { enum?: string[] } }> };

function formHtml(): string {
  const start = html.indexOf('<form\n              id="profile-form"');
  const end = html.indexOf('</form>', start);
  expect(start, 'profile form in index.html').to.be.greaterThan(0);
  return html.slice(start, end);
}

describe('profile form ↔ schemas/profile.schema.json', () => {
  const form = formHtml();
  const names = new Set([...form.matchAll(/\sname="([A-Za-z]+)"/g)].map((m) => m[1]!));

  it('has a control for every schema property, and no control without one', () => {
    expect([...names].sort()).to.deep.equal(Object.keys(schema.properties).sort());
  });

  it('offers only values the schema allows for the violence checkboxes', () => {
    const values = [...form.matchAll(/name="violence" value="([a-z-]+)"/g)].map((m) => m[1]!);
    expect(values.sort()).to.deep.equal([...schema.properties.violence!.items!.enum!].sort());
  });
});
