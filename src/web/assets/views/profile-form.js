// @ts-check
// The profile form, built from the profile schema (GET /api/v1/vocabulary `profileSchema`, the very
// schema POST /recommendations validates with) and the form layout in catalog/vocabulary.yaml
// (`profileForm`: sections, labels, hints, option labels). The schema decides which fields exist
// and which values each takes, so the form can neither miss a field nor send one the API rejects.
import { h } from '../dom.js';
import { t } from '../text.js';

/**
 * @typedef {{ type?: string, enum?: string[], minimum?: number, maximum?: number,
 *   items?: { enum?: string[] } }} PropertySchema
 * @typedef {{ properties: Record<string, PropertySchema>, required?: string[] }} ProfileSchema
 * @typedef {{ field: string, label?: string, hint?: string, empty?: string,
 *   answers?: 'unknown-yes-no', options?: Record<string, string> }} FieldLayout
 * @typedef {{ legend: string, fields: FieldLayout[] }} SectionLayout
 * @typedef {{ keys: Set<string>, booleans: Set<string>, enums: Set<string>, lists: Set<string>,
 *   integers: Set<string> }} ProfileFields
 */

/**
 * The profile's fields by kind, read from the schema.
 * @param {ProfileSchema} schema
 * @returns {ProfileFields}
 */
export function profileFieldsOf(schema) {
  const entries = Object.entries(schema.properties);
  /** @param {(p: PropertySchema) => boolean} test */
  const where = (test) => new Set(entries.filter(([, p]) => test(p)).map(([k]) => k));
  return {
    keys: new Set(entries.map(([k]) => k)),
    booleans: where((p) => p.type === 'boolean'),
    integers: where((p) => p.type === 'integer'),
    lists: where((p) => p.type === 'array'),
    enums: where((p) => Array.isArray(p.enum)),
  };
}

/**
 * @param {string} name
 * @param {string} value
 * @param {string} label
 * @param {'checkbox' | 'radio'} type
 * @param {boolean} [checked]
 */
const check = (name, value, label, type, checked = false) =>
  h(
    'label',
    { class: 'check' },
    h('input', { type, name, value, checked }),
    h('span', { text: label }),
  );

/**
 * One labelled field (input or select) with its hint.
 * @param {FieldLayout} f
 * @param {HTMLElement} control
 */
function field(f, control) {
  const hintId = f.hint ? `f-${f.field}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: `f-${f.field}`, text: f.label ?? f.field }),
    hintId ? h('span', { class: 'hint', id: hintId, text: f.hint }) : null,
    control,
  );
}

/**
 * The control(s) for one profile field.
 * @param {FieldLayout} f
 * @param {PropertySchema} p
 * @param {boolean} required
 * @param {(id: string) => string} district  label of a value without an option label (district ids)
 */
function controlFor(f, p, required, district) {
  const name = f.field;
  if (p.type === 'integer')
    return field(
      f,
      h('input', {
        id: `f-${name}`,
        name,
        type: 'number',
        inputmode: 'numeric',
        min: p.minimum,
        max: p.maximum,
        step: 1,
        required,
        autocomplete: 'off',
      }),
    );
  if (p.type === 'array')
    return (p.items?.enum ?? []).map((v) => check(name, v, f.options?.[v] ?? v, 'checkbox'));
  if (p.type === 'boolean') {
    if (f.answers !== 'unknown-yes-no') return check(name, 'true', f.label ?? name, 'checkbox');
    return h(
      'fieldset',
      {},
      h('legend', { text: f.label ?? name }),
      h(
        'div',
        { class: 'radio-row' },
        check(name, '', t('answer.unknown'), 'radio', true),
        check(name, 'true', t('answer.yes'), 'radio'),
        check(name, 'false', t('answer.no'), 'radio'),
      ),
    );
  }
  // An enum: a select. "Nothing chosen" is the schema's `none` when it has one (absent = none),
  // else an empty option labelled by the layout (e.g. no district: the whole city).
  const values = p.enum ?? [];
  const select = h(
    'select',
    { id: `f-${name}`, name },
    values.includes('none') ? null : h('option', { value: '', text: f.empty ?? '' }),
    values.map((v) => h('option', { value: v, text: f.options?.[v] ?? district(v) })),
  );
  return field(f, select);
}

/**
 * Build the form's sections in front of its action bar (once).
 * @param {HTMLFormElement} form
 * @param {ProfileSchema} schema
 * @param {SectionLayout[]} layout
 * @param {(id: string) => string} district
 */
export function buildProfileForm(form, schema, layout, district) {
  if (form.dataset.built === 'true') return;
  const required = new Set(schema.required ?? []);
  // A schema field the layout does not place still gets a control (labelled by its name), so the
  // form never misses one; test/web-form-schema.test.ts asks for a proper place and label.
  const placed = new Set(layout.flatMap((s) => s.fields.map((f) => f.field)));
  const rest = Object.keys(schema.properties).filter((k) => !placed.has(k));
  const all = rest.length
    ? [...layout, { legend: '–', fields: rest.map((field) => ({ field })) }]
    : layout;
  const sections = all.map((s) =>
    h(
      'fieldset',
      {},
      h('legend', { text: s.legend }),
      s.fields
        .filter((f) => schema.properties[f.field])
        .map((f) => controlFor(f, schema.properties[f.field], required.has(f.field), district)),
    ),
  );
  form.prepend(...sections);
  form.dataset.built = 'true';
}
