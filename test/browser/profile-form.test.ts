// The profile form the page builds (from the served profile schema and vocabulary.yaml profileForm)
// offers exactly the schema's fields and values: every control name is a schema property and every
// property has a control; every select option, radio and checkbox value is one the schema allows
// and every allowed value is offered. "" (nothing chosen) means the field is left out.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { open, pagePerTest } from '../helpers/browser.js';
import { projectRoot } from '../../src/config/paths.js';

interface Prop {
  type?: string;
  enum?: string[];
  items?: { enum?: string[] };
}
const schema = JSON.parse(
  readFileSync(path.join(projectRoot, 'schemas/profile.schema.json'), 'utf8'),
) as { properties: Record<string, Prop> };

/** Each control name in #profile-form → the values its options/radios/checkboxes offer. */
function formValues(page: Page): Promise<Record<string, string[]>> {
  return page.locator('#profile-form').evaluate((form) => {
    const out: Record<string, string[]> = {};
    for (const el of form.querySelectorAll('input[name], select[name]')) {
      const c = el as HTMLInputElement | HTMLSelectElement;
      const vs = (out[c.name] ??= []);
      if (c instanceof HTMLSelectElement) vs.push(...[...c.options].map((o) => o.value));
      else if (c.type === 'checkbox' || c.type === 'radio') vs.push(c.value);
      else vs.push(`<${c.type}>`);
    }
    return out;
  });
}

describe('browser: the profile form is built from the profile schema', function () {
  this.timeout(30_000);
  const browser = pagePerTest(/^$/);

  it('has a control for every schema property and none without one', async () => {
    const page = browser.page;
    await open(page, '/');
    const values = await formValues(page);
    expect(Object.keys(values).sort()).to.deep.equal(Object.keys(schema.properties).sort());
  });

  it('offers exactly the values the schema allows, for every select, radio and checkbox', async () => {
    const page = browser.page;
    await open(page, '/');
    const values = await formValues(page);
    const districts = (
      (await (await page.request.get('/api/v1/districts')).json()) as { items: { id: string }[] }
    ).items.map((d) => d.id);
    for (const [name, p] of Object.entries(schema.properties)) {
      const offered = values[name]!.filter((v) => v !== '').sort();
      const allowed =
        name === 'district'
          ? districts
          : p.type === 'boolean'
            ? offered.length > 1
              ? ['false', 'true'] // asked as Vet inte / Ja / Nej
              : ['true'] // a checkbox: ticked = true, absent = false
            : p.type === 'integer'
              ? ['<number>']
              : (p.enum ?? p.items?.enum ?? []);
      expect(offered, name).to.deep.equal([...allowed].sort());
    }
  });
});
