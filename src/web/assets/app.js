// The single page app for /, /sok, /katalog and /insats/<id>. The needs profile lives in the URL
// query string with the API's field names, so links can be shared and the back button works.
import {
  api,
  recommendations,
  ApiError,
  errorText,
  h,
  fill,
  vocabulary,
  districts,
  makeLabels,
  availabilityText,
  availabilityClass,
  levelAvailability,
  displayName,
  sourceItems,
  joinSv,
  showVersion,
} from './common.js';
import { checkBlock } from './source-line.js';
import { renderResultsView } from './results/results-view.js';
import { evidenceBadge } from './results/option-row.js';
import { watchForStale } from './results/stale.js';
import { ageRangeText, say } from './results/wording.js';
import { renderEvidenceView } from './views/evidence-view.js';
import { recommendedFor, profileContext } from './views/detail-context.js';
import { searchHit } from './search-hit.js';

const $ = (id) => document.getElementById(id);

const ENUMS = ['substanceUse', 'schoolAbsence', 'criminality'];
const BOOLEANS = [
  'aggression',
  'behaviourProblems',
  'familyConflict',
  'parentingSupport',
  'separatedParents',
  'custodyDispute',
  'parentalSubstanceAbuse',
  'parentalMentalIllness',
  'placementRisk',
  'placedOutOfHome',
  'neuropsychiatric',
  'mentalHealthConcerns',
  'crimeVictim',
  'sexualExploitation',
  'interviewedAtBarnahus',
  'adopted',
  'acuteCrisis',
  'childDisclosedAbuse',
  'parentAcknowledgesAbuse',
];
const PROFILE_KEYS = new Set(['age', 'district', 'violence', ...ENUMS, ...BOOLEANS]);
/** Page state kept in the address beside the profile: the "Visa:" filter and the chosen options. */
const PAGE_KEYS = new Set(['visa', 'valda']);

const VIOLENCE_TEXT = {
  witnessed: 'bevittnat våld',
  'physical-abuse': 'fysisk misshandel',
  'sexual-abuse': 'sexuella övergrepp',
  'honour-related': 'hedersrelaterat våld',
  neglect: 'omsorgssvikt',
};

let labels = null;
let renderToken = 0;
let stale = null;

async function getLabels() {
  if (labels) return labels;
  const [vocab, list] = await Promise.all([vocabulary(), districts()]);
  showVersion(vocab.catalogueVersion);
  labels = makeLabels(vocab, list);
  labels.vocab = vocab;
  labels.districtList = list;
  return labels;
}

// ---------------------------------------------------------------- routing

function viewFor(path) {
  if (path === '/' || path === '/index.html') return 'profile';
  if (path === '/sok') return 'search';
  if (path === '/katalog') return 'catalogue';
  if (/^\/insats\/[^/]+$/.test(path)) return 'detail';
  if (path === '/om-kunskapslage') return 'evidence';
  return 'error';
}

const TITLES = {
  profile: 'Insatsguiden – öppenvård för barn, unga och familj',
  search: 'Sök insats – Insatsguiden',
  catalogue: 'Alla insatser – Insatsguiden',
  detail: 'Insats – Insatsguiden',
  evidence: 'Om kunskapsläge – Insatsguiden',
  error: 'Sidan finns inte – Insatsguiden',
};

function showView(view) {
  for (const el of document.querySelectorAll('[data-view]')) el.hidden = el.dataset.view !== view;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.title = TITLES[view];
}

function navigate(url, opts = {}) {
  const u = new URL(url, location.href);
  if (u.pathname + u.search !== location.pathname + location.search || opts.force) {
    // Back restores where the list was: remember the scroll position (and the row left from).
    history.replaceState({ ...history.state, scrollY: window.scrollY, from: opts.from }, '');
    history.pushState({ spa: true }, '', u.pathname + u.search + u.hash);
  }
  return render({ focus: true, ...opts });
}

async function render({ focus = false, submitted = false } = {}) {
  const token = ++renderToken;
  // Tests (and anyone curious) can wait for main[data-state="ready"].
  $('main').dataset.state = 'loading';
  const view = viewFor(location.pathname);
  showView(view);
  const params = new URLSearchParams(location.search);
  try {
    if (view === 'profile') await renderProfile(params, { token, focus, submitted });
    else if (view === 'search') await renderSearch(params, { token, focus });
    else if (view === 'catalogue') await renderCatalogue(params, { token, focus });
    else if (view === 'detail')
      await renderDetail(decodeURIComponent(location.pathname.slice('/insats/'.length)), {
        token,
        focus,
      });
    else if (view === 'evidence') {
      renderEvidenceView($('view-evidence'), (await getLabels()).vocab);
      if (focus) focusHeading($('view-evidence'));
    } else if (focus) focusHeading($('view-error'));
  } catch (e) {
    if (token !== renderToken) return;
    console.error(e);
    showPageError(view, e);
  } finally {
    if (token === renderToken) $('main').dataset.state = 'ready';
  }
}

function focusHeading(container) {
  const h1 = container.querySelector('h1');
  if (h1) h1.focus({ preventScroll: false });
}

function showPageError(view, e) {
  const text = errorText(e);
  if (view === 'profile') {
    $('results-status').textContent = text;
    fill($('results-body'));
  } else if (view === 'search') {
    $('search-status').textContent = text;
  } else if (view === 'catalogue') {
    $('catalogue-status').textContent = text;
  } else if (view === 'detail') {
    fill(
      $('detail-body'),
      h('h1', { tabindex: '-1', text: 'Insatsen kunde inte visas' }),
      h('p', { text }),
    );
  }
}

// ---------------------------------------------------------------- profile (start page)

/** The profile in the URL → the API body. Values the form cannot express go to the API as-is. */
function profileFromParams(params) {
  const profile = {};
  const unknown = [];
  for (const key of new Set(params.keys())) {
    if (PAGE_KEYS.has(key)) continue;
    if (!PROFILE_KEYS.has(key)) {
      unknown.push(key);
      continue;
    }
    if (key === 'violence') {
      const vs = params.getAll(key).filter((v) => v !== '');
      if (vs.length) profile.violence = vs;
      continue;
    }
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    if (key === 'age') profile.age = /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    else if (BOOLEANS.includes(key))
      profile[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else profile[key] = raw;
  }
  return { profile, unknown };
}

/** The form → a canonical query string (DOM order, empty values left out). */
function queryFromForm(form) {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData(form)) {
    const s = String(v).trim();
    if (s !== '') q.append(k, s);
  }
  return q;
}

function fillForm(form, params) {
  form.elements.age.value = params.get('age') ?? '';
  const district = params.get('district') ?? '';
  form.elements.district.value = district;
  for (const name of ENUMS) {
    const v = params.get(name) ?? '';
    form.elements[name].value = v === 'none' ? '' : v;
  }
  const violence = new Set(params.getAll('violence'));
  for (const cb of form.querySelectorAll('input[name="violence"]'))
    cb.checked = violence.has(cb.value);
  for (const name of BOOLEANS) {
    const v = params.get(name) ?? '';
    for (const input of form.querySelectorAll(`input[name="${name}"]`)) {
      input.checked = input.type === 'radio' ? input.value === v : v === 'true';
    }
  }
}

function fieldLabel(field) {
  const base = field.split('.')[0];
  const input = $(`f-${base}`);
  if (input) return document.querySelector(`label[for="f-${base}"]`)?.textContent.trim() ?? base;
  const inputs = document.querySelectorAll(`#profile-form [name="${base}"]`);
  if (inputs.length) {
    const first = inputs[0];
    if (first.type === 'radio' || base === 'violence')
      return first.closest('fieldset')?.querySelector('legend')?.textContent.trim() ?? base;
    return first.closest('label')?.textContent.trim() ?? base;
  }
  return base;
}

function fieldMessage(p) {
  const base = p.field.split('.')[0];
  if (base === 'age') {
    if (p.code === 'MISSING_PROPERTY') return 'Ange barnets ålder i hela år (0–25).';
    return 'Ålder ska vara ett heltal mellan 0 och 25 år.';
  }
  if (base === 'district') return 'Välj en av Stockholms 14 stadsdelar i listan.';
  switch (p.code) {
    case 'UNKNOWN_PROPERTY':
      return `Fältet ”${base}” finns inte i profilen och skickas inte.`;
    case 'NOT_ALLOWED_VALUE':
      return `${fieldLabel(p.field)}: värdet finns inte bland alternativen.`;
    case 'WRONG_TYPE':
      return `${fieldLabel(p.field)}: ogiltigt värde i adressen (ska vara ja/nej eller ett av alternativen).`;
    case 'DUPLICATE_ITEM':
      return `${fieldLabel(p.field)}: samma alternativ finns två gånger.`;
    default:
      return `${fieldLabel(p.field)}: ogiltigt värde.`;
  }
}

function clearFieldErrors() {
  const box = $('form-errors');
  box.hidden = true;
  fill(box);
  for (const el of document.querySelectorAll('#profile-form [aria-invalid]')) {
    el.removeAttribute('aria-invalid');
    const hint = el.id ? `${el.id}-hint` : '';
    el.setAttribute('aria-describedby', hint && $(hint) ? hint : '');
    if (!el.getAttribute('aria-describedby')) el.removeAttribute('aria-describedby');
  }
  for (const el of document.querySelectorAll('#profile-form .field-error')) el.remove();
}

/** Show the API's field problems in Swedish: a summary above the form and a message at each field. */
function showFieldErrors(problems) {
  const box = $('form-errors');
  const items = [];
  const done = new Set();
  for (const p of problems) {
    const base = p.field.split('.')[0];
    const msg = fieldMessage(p);
    if (done.has(base + msg)) continue;
    done.add(base + msg);
    const target =
      $(`f-${base}`) ??
      document.querySelector(`#profile-form [name="${CSS.escape(base)}"]`) ??
      null;
    const errId = `err-${base}`;
    if (target && !$(errId)) {
      const err = h('span', { class: 'field-error', id: errId, text: msg });
      const anchor =
        target.closest('.field') ?? target.closest('fieldset') ?? target.closest('label');
      if (target.closest('.field')) target.insertAdjacentElement('afterend', err);
      else if (anchor) anchor.append(err);
      target.setAttribute('aria-invalid', 'true');
      const described = target.getAttribute('aria-describedby');
      target.setAttribute('aria-describedby', described ? `${described} ${errId}` : errId);
    }
    items.push(
      h(
        'li',
        {},
        target?.id
          ? h('a', { href: `#${target.id}`, 'data-focus': target.id, text: msg })
          : h('span', { text: msg }),
      ),
    );
  }
  fill(box, h('h2', { text: 'Profilen behöver rättas' }), h('ul', {}, items));
  box.hidden = false;
}

function describeProfile(profile, L) {
  const parts = [];
  if (typeof profile.age === 'number') parts.push(`${profile.age} år`);
  parts.push(profile.district ? L.district(profile.district) : 'hela staden (ingen stadsdel vald)');
  return parts.join(', ');
}

async function renderProfile(params, { token, focus, submitted }) {
  const form = $('profile-form');
  const L = await getLabels();
  if (token !== renderToken) return;
  fillForm(form, params);
  clearFieldErrors();

  const { profile, unknown } = profileFromParams(params);
  if (unknown.length) {
    // Fields that are not part of the profile (could be personal data from a linking system):
    // drop them from the address and history entry.
    for (const k of unknown) params.delete(k);
    const qs = params.toString();
    history.replaceState(history.state, '', location.pathname + (qs ? `?${qs}` : ''));
  }
  const hasProfile = Object.keys(profile).length > 0;
  const status = $('results-status');
  const body = $('results-body');
  const printBtn = $('print-results');
  $('jump-results').hidden = true;
  if (!hasProfile && !submitted) {
    printBtn.hidden = true;
    fill(body);
    fill(
      status,
      'Fyll i ålder och det som stämmer och välj ',
      h('strong', { text: 'Visa insatser' }),
      '.',
    );
    if (unknown.length)
      status.append(' Adressen innehöll fält som inte hör till profilen; de har tagits bort.');
    if (focus) focusHeading($('view-profile'));
    return;
  }

  $('results').setAttribute('aria-busy', 'true');
  status.textContent = 'Hämtar förslag …';
  let result;
  try {
    // The page lists every option that fits (the API's default limit is for integrations).
    result = await recommendations(profile);
  } catch (e) {
    if (token !== renderToken) return;
    $('results').removeAttribute('aria-busy');
    printBtn.hidden = true;
    fill(body);
    if (e instanceof ApiError && e.status === 400 && Array.isArray(e.problem?.errors)) {
      showFieldErrors(e.problem.errors);
      status.textContent = 'Profilen kunde inte användas. Rätta uppgifterna i formuläret.';
      if (focus || submitted) $('form-errors').focus();
      return;
    }
    throw e;
  }
  if (token !== renderToken) return;
  $('results').removeAttribute('aria-busy');
  showVersion(result.catalogueVersion);
  renderResults(result, L, params);
  stale?.clear();
  $('view-profile').dataset.hasResults = String(result.recommendations.length > 0);
  const searchLink = document.querySelector('a[data-nav="search"]');
  if (searchLink)
    searchLink.setAttribute(
      'href',
      result.profile.district
        ? `/sok?district=${encodeURIComponent(result.profile.district)}`
        : '/sok',
    );
  printBtn.hidden = result.recommendations.length === 0;
  $('jump-results').hidden = false;
  document.title = `Förslag: ${describeProfile(result.profile, L)} – Insatsguiden`;
  if (focus || submitted) $('results-title').focus();
}

function renderResults(result, L, params) {
  const recs = result.recommendations;
  const status = $('results-status');
  const needs = result.needs.map(L.needArea);
  const central = result.centralAlternatives.length;
  status.textContent = recs.length
    ? `${recs.length} ${recs.length === 1 ? 'insats passar' : 'insatser passar'} profilen` +
      (central ? `, varav ${central} centrala eller regionala.` : '.')
    : 'Inga insatser i katalogen matchar profilen.';

  const summary = h(
    'p',
    { class: 'profile-summary', id: 'profile-summary' },
    h('strong', { text: 'Profil: ' }),
    describeProfile(result.profile, L),
    result.profile.violence?.length
      ? `; ${joinSv(result.profile.violence.map((v) => VIOLENCE_TEXT[v] ?? v))}`
      : '',
    '. ',
    h('strong', { text: 'Behov: ' }),
    needs.length ? `${joinSv(needs)}.` : 'inga behov angivna – kryssa i det som stämmer.',
  );
  const printed = h('p', {
    class: 'print-only meta',
    text: `Sammanställt ${new Date().toLocaleDateString('sv-SE')} ur Insatsguiden, katalogversion ${result.catalogueVersion}. ${location.href} Ett beslutsstöd – inte ett beslut.`,
  });
  const profileQuery = new URLSearchParams(
    [...params].filter(([k]) => PROFILE_KEYS.has(k)),
  ).toString();
  renderResultsView($('results-body'), result, {
    L,
    w: L.vocab.wording ?? {},
    params,
    profileQuery,
    header: [summary, printed],
    whyNot: whyNot(result.excluded ?? []),
  });
}

function whyNot(excluded) {
  const listId = 'why-not-list';
  const btn = h('button', {
    type: 'button',
    class: 'why-not-toggle',
    id: 'why-not-toggle',
    'aria-expanded': 'false',
    'aria-controls': listId,
    text: `Varför inte? Visa insatser som inte föreslås (${excluded.length})`,
  });
  const content = h(
    'div',
    { id: listId, hidden: true },
    excluded.length
      ? h(
          'ul',
          { class: 'plain-list' },
          excluded.map((x) =>
            h(
              'li',
              { 'data-id': x.id },
              h('a', { href: `/insats/${encodeURIComponent(x.id)}`, text: x.name }),
              h(
                'ul',
                {},
                x.why.map((w) => h('li', { text: w.charAt(0).toUpperCase() + w.slice(1) })),
              ),
            ),
          ),
        )
      : h('p', { text: 'Inga andra insatser för de här behoven finns i katalogen.' }),
  );
  btn.addEventListener('click', () => {
    const open = btn.getAttribute('aria-expanded') !== 'true';
    btn.setAttribute('aria-expanded', String(open));
    content.hidden = !open;
  });
  return h(
    'section',
    { class: 'why-not', 'aria-labelledby': 'why-not-title' },
    h('h3', { id: 'why-not-title', text: 'Varför inte?' }),
    h('p', {
      class: 'meta',
      text: 'Insatser för samma behov som inte föreslås – utanför åldern, saknade förutsättningar eller villkor som inte uppfylls.',
    }),
    btn,
    content,
  );
}

// ---------------------------------------------------------------- search

async function renderSearch(params, { token, focus }) {
  const q = (params.get('q') ?? '').trim();
  const district = params.get('district') ?? '';
  $('f-q').value = q;
  const status = $('search-status');
  const list = $('search-results');
  const L = await getLabels();
  if (token !== renderToken) return;
  const select = $('f-q-district');
  if (select.options.length === 1)
    for (const d of L.districtList) select.append(h('option', { value: d.id, text: d.name }));
  select.value = district;
  if (!q) {
    status.textContent = 'Skriv ett sökord och välj Sök.';
    fill(list);
    if (focus) focusHeading($('view-search'));
    return;
  }
  status.textContent = 'Söker …';
  const inDistrict = district ? `&district=${encodeURIComponent(district)}` : '';
  const data = await api(`/api/v1/search?q=${encodeURIComponent(q)}&limit=30${inDistrict}`);
  if (token !== renderToken) return;
  showVersion(data.catalogueVersion);
  document.title = `Sök: ${q} – Insatsguiden`;
  status.textContent = data.count
    ? `${data.count} ${data.count === 1 ? 'träff' : 'träffar'} för ”${q}”.`
    : `Inga träffar för ”${q}”. Prova ett annat ord, t.ex. metodens namn eller behovet.`;
  fill(
    list,
    data.items.map((it) => searchHit(it, L, !!district)),
  );
  if (focus) focusHeading($('view-search'));
}

// ---------------------------------------------------------------- detail

async function renderDetail(id, { token, focus }) {
  const body = $('detail-body');
  fill(body, h('p', { text: 'Hämtar insatsen …' }));
  const back = $('detail-back');
  back.textContent = history.state?.spa ? '← Tillbaka' : '← Till startsidan';
  let i;
  let L;
  let context;
  const params = new URLSearchParams(location.search);
  const { profile } = profileFromParams(params);
  if (profile.age !== undefined) {
    back.textContent = '← Tillbaka till förslagen';
    back.setAttribute('href', `/?${params}`);
  }
  try {
    [i, L, context] = await Promise.all([
      api(`/api/v1/interventions/${encodeURIComponent(id)}`),
      getLabels(),
      recommendedFor(id, profile).catch(() => null),
    ]);
  } catch (e) {
    if (token !== renderToken) return;
    if (e instanceof ApiError && e.status === 404) {
      fill(
        body,
        h('h1', { tabindex: '-1', text: 'Insatsen finns inte' }),
        h(
          'p',
          {},
          'Katalogen har ingen insats med den adressen. ',
          h('a', { href: '/sok', text: 'Sök bland insatserna' }),
          '.',
        ),
      );
      if (focus) focusHeading(body);
      return;
    }
    throw e;
  }
  if (token !== renderToken) return;
  document.title = `${i.name} – Insatsguiden`;
  const av = levelAvailability(i);
  const facts = [
    i.aliases?.length ? ['Även kallad', i.aliases.join(', ')] : null,
    [
      'Behovsområden',
      joinSv(i.needAreas.map(L.needArea)) || say(L.vocab.wording, 'unknown.need-areas'),
    ],
    [
      'Målgrupp',
      joinSv(i.targetGroup.map(L.targetGroup)) || say(L.vocab.wording, 'unknown.target-group'),
    ],
    [
      'Ålder',
      `${ageRangeText(L.vocab.wording, i.ageRange)}${i.ageRange.note ? ` (${i.ageRange.note})` : ''}`,
    ],
    ['Form', joinSv(i.form.map(L.form)) || say(L.vocab.wording, 'unknown.form')],
    i.intensity ? ['Intensitet', i.intensity] : null,
    i.duration ? ['Längd', i.duration] : null,
    [
      'Utförare',
      i.provider.level === 'district'
        ? i.provider.name
        : `${i.provider.name} (${L.level(i.provider.level)})`,
    ],
    ['Beslut', L.decision(i.decision)],
    ['Så kopplar du in', i.referral],
    ['Kunskapsläge', `${L.evidence(i.evidence.level)}. ${i.evidence.notes}`],
    i.preconditions?.length
      ? ['Förutsättningar', i.preconditions.map((p) => p.text).join(' ')]
      : null,
    ['Alternativ till placering', i.alternativeToPlacement ? 'Ja' : 'Nej'],
  ].filter(Boolean);

  const where =
    i.level === 'district'
      ? i.offeredIn.length
        ? h(
            'ul',
            {},
            i.offeredIn.map((o) =>
              h(
                'li',
                {},
                h('strong', { text: L.district(o.district) }),
                o.status === 'planned' ? ' (på gång att starta)' : '',
                o.note ? ` – ${o.note}` : '',
              ),
            ),
          )
        : h('p', { text: 'Insatsen ges av stadsdelsförvaltningar, men källorna anger inte vilka.' })
      : h('p', {
          text: i.offeredInStockholm
            ? `${L.level(i.level)}: för barn och familjer i hela staden.`
            : 'Insatsen finns inte i Stockholm. Den beskrivs som planeringsunderlag.',
        });

  fill(
    body,
    h('h1', { tabindex: '-1', text: displayName(i.name, i.aliases) }),
    h(
      'ul',
      { class: 'badges', 'aria-label': 'Tillgänglighet och kunskapsläge' },
      h('li', {
        class: `badge ${availabilityClass(av)}`,
        'data-badge': 'availability',
        text: availabilityText(av, i.offeredIn, L, false),
      }),
      h('li', {}, evidenceBadge(i.evidence.level, L)),
      i.alternativeToPlacement
        ? h('li', { class: 'badge placement', text: 'Alternativ till placering' })
        : null,
    ),
    context ? profileContext(context, profile.district, L) : null,
    h('p', { class: 'detail-summary', text: i.summary }),
    checkBlock(i, L),
    h(
      'dl',
      { class: 'facts panel' },
      facts.map(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]),
    ),
    h('h2', { text: 'Var finns insatsen?' }),
    where,
    i.availabilityNote ? h('p', { text: i.availabilityNote }) : null,
    h('h2', { text: 'Källor' }),
    h('ul', { class: 'sources' }, sourceItems(i.sources, L)),
    h('p', {
      class: 'meta',
      text: `Senast granskad ${i.lastReviewed ?? 'okänt'}. Katalogversion ${i.catalogueVersion}.`,
    }),
  );
  if (focus) focusHeading(body);
}

// ---------------------------------------------------------------- catalogue

let catalogueSelectsFilled = false;

async function renderCatalogue(params, { token, focus }) {
  const L = await getLabels();
  if (token !== renderToken) return;
  const form = $('catalogue-form');
  if (!catalogueSelectsFilled) {
    for (const d of L.districtList)
      form.elements.district.append(h('option', { value: d.id, text: d.name }));
    const needAreas = Object.keys(L.vocab.needAreas).sort((a, b) =>
      L.needArea(a).localeCompare(L.needArea(b), 'sv'),
    );
    for (const n of needAreas)
      form.elements.needArea.append(h('option', { value: n, text: L.needArea(n) }));
    catalogueSelectsFilled = true;
  }
  form.elements.district.value = params.get('district') ?? '';
  form.elements.needArea.value = params.get('needArea') ?? '';
  form.elements.age.value = params.get('age') ?? '';
  const errors = $('catalogue-errors');
  errors.hidden = true;
  form.elements.age.removeAttribute('aria-invalid');

  const q = new URLSearchParams();
  for (const k of ['district', 'needArea', 'age']) {
    const v = params.get(k);
    if (v) q.set(k, v);
  }
  const status = $('catalogue-status');
  status.textContent = 'Hämtar insatser …';
  let data;
  try {
    data = await api(`/api/v1/interventions${q.size ? `?${q}` : ''}`);
  } catch (e) {
    if (token !== renderToken) return;
    if (e instanceof ApiError && e.status === 400) {
      const msgs = (e.problem?.errors ?? []).map((p) =>
        p.field === 'age'
          ? 'Ålder ska vara ett heltal mellan 0 och 25 år.'
          : `${p.field === 'district' ? 'Stadsdel' : 'Behovsområde'}: välj ett alternativ i listan.`,
      );
      if ((e.problem?.errors ?? []).some((p) => p.field === 'age'))
        form.elements.age.setAttribute('aria-invalid', 'true');
      fill(
        errors,
        h(
          'ul',
          {},
          msgs.map((m) => h('li', { text: m })),
        ),
      );
      errors.hidden = false;
      status.textContent = 'Filtret kunde inte användas.';
      fill($('catalogue-results'));
      return;
    }
    throw e;
  }
  if (token !== renderToken) return;
  const items = [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const district = params.get('district');
  status.textContent = `${items.length} ${items.length === 1 ? 'insats' : 'insatser'}${q.size ? ' matchar filtret' : ' i katalogen'}.`;
  fill(
    $('catalogue-results'),
    items.map((i) => {
      const av =
        district && i.level === 'district' && i.offeredIn.some((o) => o.district === district)
          ? 'local'
          : levelAvailability(i);
      return h(
        'li',
        { 'data-id': i.id },
        h(
          'h2',
          { class: 'h-item' },
          h('a', {
            href: `/insats/${encodeURIComponent(i.id)}`,
            text: displayName(i.name, i.aliases),
          }),
        ),
        h(
          'ul',
          { class: 'badges' },
          h('li', {
            class: `badge ${availabilityClass(av)}`,
            text: availabilityText(av, i.offeredIn, L, !!district),
          }),
          h('li', { class: 'badge evidence', text: `Evidens: ${L.evidence(i.evidence.level)}` }),
        ),
        h('p', {
          class: 'meta',
          text: `${ageRangeText(L.vocab.wording, i.ageRange)} · ${joinSv(i.needAreas.map(L.needArea))}`,
        }),
      );
    }),
  );
  if (focus) focusHeading($('view-catalogue'));
}

// ---------------------------------------------------------------- wiring

function isSpaLink(a, event) {
  if (!a || event.defaultPrevented || event.button !== 0) return false;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if (a.target && a.target !== '_self') return false;
  if (a.hasAttribute('download')) return false;
  const u = new URL(a.href, location.href);
  if (u.origin !== location.origin) return false;
  if (u.pathname === location.pathname && u.search === location.search && u.hash) return false;
  return viewFor(u.pathname) !== 'error';
}

function init() {
  const form = $('profile-form');
  stale = watchForStale(form, $('results'));
  $('edit-profile').addEventListener('click', (e) => {
    const view = $('view-profile');
    const open = view.dataset.formOpen !== 'true';
    view.dataset.formOpen = String(open);
    e.currentTarget.setAttribute('aria-expanded', String(open));
  });
  districts()
    .then((list) => {
      const select = form.elements.district;
      for (const d of list) select.append(h('option', { value: d.id, text: d.name }));
      const want = new URLSearchParams(location.search).get('district');
      if (want) select.value = want;
    })
    .catch(() => {});

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = queryFromForm(form);
    const url = `/${q.size ? `?${q}` : ''}`;
    // Re-submitting the same profile does not add a history entry.
    if (url === location.pathname + location.search) history.replaceState(history.state, '', url);
    else history.pushState({ spa: true }, '', url);
    render({ submitted: true });
  });
  $('reset-profile').addEventListener('click', () => {
    form.reset();
    navigate('/');
  });
  $('print-results').addEventListener('click', () => window.print());

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('f-q').value.trim();
    const district = $('f-q-district').value;
    const query = new URLSearchParams({ ...(q ? { q } : {}), ...(district ? { district } : {}) });
    navigate(query.size ? `/sok?${query}` : '/sok', { force: true });
  });
  $('catalogue-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = queryFromForm(e.target);
    navigate(`/katalog${q.size ? `?${q}` : ''}`, { force: true });
  });
  $('detail-back').addEventListener('click', (e) => {
    if (history.state?.spa) {
      e.preventDefault();
      history.back();
    }
  });

  document.addEventListener('click', (e) => {
    const target = e.target instanceof Element ? e.target : null;
    const focusLink = target?.closest('a[data-focus]');
    if (focusLink) {
      e.preventDefault();
      $(focusLink.dataset.focus)?.focus();
      return;
    }
    const a = target?.closest('a[href]');
    if (!isSpaLink(a, e)) return;
    e.preventDefault();
    navigate(a.href, { from: a.closest('li.card')?.dataset.id });
  });
  window.addEventListener('popstate', async () => {
    const { scrollY, from } = history.state ?? {};
    await render({ focus: scrollY === undefined });
    if (scrollY === undefined) return;
    window.scrollTo(0, scrollY);
    document.querySelector(`#kort-${from} h4 a`)?.focus({ preventScroll: true });
  });

  // Print: open the disclosure in each card so the case file gets everything.
  const opened = [];
  window.addEventListener('beforeprint', () => {
    // "Skriv ut valda" prints only the chosen cards, so only theirs open.
    const which = document.body.classList.contains('print-selected') ? '.card.picked' : '.card';
    for (const d of document.querySelectorAll(`${which} details:not([open])`)) {
      d.open = true;
      opened.push(d);
    }
  });
  window.addEventListener('afterprint', () => {
    while (opened.length) opened.pop().open = false;
  });

  render();
}

init();
