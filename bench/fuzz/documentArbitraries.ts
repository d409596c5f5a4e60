import fc from 'fast-check';
import type { CorpusSample } from './corpusSamples';

/** One generated file for the ingest fuzzer. */
export interface FuzzDocument {
  /** Which generator made it: read it in a failure report and in the figures. */
  family: string;
  /** Folder inside the batch folder (`''` for the top; `hulpmiddelen` makes an id-less document a tool). */
  folder: string;
  /** Extension, with its dot. */
  ext: string;
  bytes: Uint8Array;
}

/** What the generators need besides randomness: real documents to mutate, and how a payload gives itself away. */
export interface DocumentContext {
  samples: readonly CorpusSample[];
  /** A `globalThis` property that a payload sets if it is ever run. */
  flag: string;
  /** A file that a payload writes if it is ever run. */
  markerFile: string;
}

/** The fields of a well-formed requirement or measure, as `renderDocument` writes them. */
export interface DocumentFields {
  kind: 'ver' | 'mtr';
  code: string;
  title: string;
  summary: string;
  tags: Record<string, string[]>;
  citations: string[];
  body: string;
}

const ROLES = ['aanbieder', 'gebruiksverantwoordelijke', 'importeur', 'distributeur'];
const PHASES = ['organisatieverantwoordelijkheden', 'probleemanalyse', 'ontwerp', 'dataverkenning-en-datapreparatie', 'ontwikkelen', 'verificatie-en-validatie', 'implementatie', 'monitoring-en-beheer', 'uitfaseren'];
const TOPICS = ['governance', 'fundamentele-rechten', 'privacy-en-gegevensbescherming', 'transparantie', 'technische-robuustheid-en-veiligheid', 'menselijke-controle', 'data', 'duurzaamheid'];
const RISK_GROUPS = ['hoog-risico-ai', 'verboden-ai', 'geen-hoog-risico-ai', 'impactvol-algoritme', 'niet-impactvol-algoritme'];
const APPLICATION_TYPES = ['ai-systeem', 'ai-systeem-voor-algemene-doeleinden', 'ai-model-voor-algemene-doeleinden', 'impactvol-algoritme'];
const ORG_ROLES = ['projectleider', 'jurist', 'ontwikkelaar', 'beleid-en-advies', 'aanbesteding'];
/** Citations the resolver understands, as the corpus writes them. */
const GOOD_CITATIONS = [
  'Artikel 16(j) AI-verordening',
  'Artikel 55(1d) AI-verordening',
  'Artikel 5 lid 1 onder c AVG',
  'Artikel 9(6 en 8) AI-verordening',
  'Artikel 15 - 21 AVG',
  'art. 6:185 BW',
  'Artikel 7:453 BW',
  'Overweging 138 AI-verordening',
  'Bijlage III, onderdeel 2 en 5 AI-verordening',
  'Artikel 26 AI-verordening',
  'Artikel 35 AVG',
];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const yamlList = (key: string, values: readonly string[]) => (values.length ? `${key}:\n${values.map((v) => `- ${v}`).join('\n')}\n` : '');
const encode = (text: string) => new TextEncoder().encode(text);
const doc = (family: string, text: string | Uint8Array, ext = '.md', folder = ''): FuzzDocument => {
  const bytes = typeof text === 'string' ? encode(text) : text;
  // fast-check prints a counterexample with this: short enough to read, exact enough to rebuild the file.
  const show = () => `${family} ${folder ? `${folder}/` : ''}*${ext} (${bytes.length} bytes): ${describeBytes(bytes)}`;
  return Object.assign({ family, folder, ext, bytes }, { [fc.toStringMethod]: show });
};

/** The first bytes of a file as a JSON string, non-UTF-8 bytes escaped, with its length when cut. */
export function describeBytes(bytes: Uint8Array, max = 300): string {
  const head = Buffer.from(bytes.subarray(0, max)).toString('latin1');
  return `${JSON.stringify(head)}${bytes.length > max ? `…(+${bytes.length - max} bytes)` : ''}`;
}
/** Text of `length` characters made by repeating `unit` — large values without generating them character by character. */
const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);

const WORDS = ['algoritme', 'risico', 'gegevens', 'documentatie', 'toezicht', 'menselijke', 'controle', 'beoordeling', 'aanbieder', 'zorg', 'transparantie', 'logboek', 'kwaliteit', 'systeem', 'verantwoording', 'bias', 'monitoring', 'incident', 'melding', 'uitleg'];
/** A Dutch-looking sentence of `min` to `max` words, cheap to generate (a regex-driven generator costs milliseconds each). */
const sentence = (min: number, max: number) =>
  fc.array(pick(WORDS), { minLength: min, maxLength: max }).map((words) => {
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  });

/** Well-formed fields for a requirement or measure with citations the resolver knows. */
export function documentFieldsArbitrary(): fc.Arbitrary<DocumentFields> {
  return fc.record({
    kind: pick(['ver', 'mtr'] as const),
    code: fc.tuple(pick(['aia', 'avg', 'awb', 'arc', 'dat', 'grw', 'owk']), fc.integer({ min: 0, max: 99 })).map(([prefix, n]) => `${prefix}-${String(n).padStart(2, '0')}`),
    title: sentence(2, 7).map((s) => s.replace(/\.$/, '')),
    summary: sentence(4, 13),
    tags: fc.record({
      'rol-ai-act': fc.subarray(ROLES),
      levenscyclus: fc.subarray(PHASES),
      onderwerp: fc.subarray(TOPICS),
      risicogroep: fc.subarray(RISK_GROUPS),
      'soort-toepassing': fc.subarray(APPLICATION_TYPES),
      rollen: fc.subarray(ORG_ROLES),
    }),
    citations: fc.array(pick(GOOD_CITATIONS), { minLength: 1, maxLength: 4 }),
    body: sentence(4, 31),
  });
}

/** A requirement or measure as the Algoritmekader writes it: YAML front matter, then markdown with a Bronnen section. */
export function renderDocument(fields: DocumentFields, header = ''): string {
  const front = [
    `title: ${fields.title}`,
    `id: urn:nl:ak:${fields.kind}:${fields.code}`,
    `toelichting: ${fields.summary}`,
    ...Object.entries(fields.tags).map(([key, values]) => yamlList(key, values).trimEnd()).filter(Boolean),
  ].join('\n');
  const sources = fields.citations.map((c) => `[${c}](https://eur-lex.europa.eu/eli/reg/2024/1689/oj)`).join('\n\n');
  return `---\n${header}${front}\n---\n\n## Vereiste\n\n${fields.body}\n\n## Bronnen\n\n${sources}\n`;
}

/** A document that sets the flag and writes the marker file if its header is ever run as code. */
function payloadDocuments(ctx: DocumentContext): fc.Arbitrary<FuzzDocument> {
  const run = (tag: string) => `(globalThis[${JSON.stringify(ctx.flag)}] = ${JSON.stringify(tag)}, require('fs').writeFileSync(${JSON.stringify(ctx.markerFile)}, ${JSON.stringify(tag)}), 'ran')`;
  const language = pick(['js', 'javascript', 'JavaScript', 'JS', 'Js', 'JAVASCRIPT', 'coffee', 'coffeescript', 'CoffeeScript', 'cs', 'cson', 'json', 'toml', ' js', 'js ', '\tjavascript', 'js\r', 'javascript // yaml', 'yaml js', 'node', 'ts', 'eval']);
  const header = fc.tuple(language, fc.nat(4), fc.boolean()).map(([lang, shape, crlf]) => {
    const code = run(lang.trim() || 'js');
    const bodies = [
      `{ title: ${code}, id: 'urn:nl:ak:ver:js-01' }`,
      `module.exports = { title: ${code} }`,
      `title: \`${code}\``, // CoffeeScript's embedded JavaScript
      `(function () { ${code}; return { title: 'x' } })()`,
      `${code}; ({ title: 'x', id: 'urn:nl:ak:ver:js-02' })`,
    ];
    const text = `---${lang}\n${bodies[shape] as string}\n---\n\n## Bronnen\n\n[Artikel 16 AI-verordening](https://x)\n`;
    return doc('code-header', crlf ? text.replace(/\n/g, '\r\n') : text);
  });
  const yamlTags = pick([
    `---\ntitle: !!js/function "function () { ${run('yaml-function')} }"\nid: urn:nl:ak:ver:tag-01\n---\n`,
    `---\ntitle: !!js/eval "${run('yaml-eval').replace(/"/g, '\\"')}"\nid: urn:nl:ak:ver:tag-02\n---\n`,
    `---\ntitle: !!js/regexp /a+$/\nid: urn:nl:ak:ver:tag-03\n---\n`,
    `---\ntitle: !!python/object/apply:os.system ["touch ${ctx.markerFile}"]\nid: urn:nl:ak:ver:tag-04\n---\n`,
    `---\ntitle: !<tag:yaml.org,2002:js/undefined> ''\nid: urn:nl:ak:ver:tag-05\n---\n`,
    `---\ntitle: Template \${${run('template')}}\nid: urn:nl:ak:ver:tag-06\n---\n<%= ${run('ejs')} %>\n`,
  ]).map((text) => doc('code-tag', text));
  return fc.oneof(header, yamlTags);
}

/** Billion-laughs headers: `levels` anchors, each a list of `width` aliases of the one before. */
function aliasBombs(): fc.Arbitrary<FuzzDocument> {
  return fc.record({ levels: fc.integer({ min: 2, max: 12 }), width: fc.integer({ min: 2, max: 12 }), merge: fc.boolean(), withId: fc.boolean() }).map(({ levels, width, merge, withId }) => {
    const lines = [withId ? 'title: Bom\nid: urn:nl:ak:ver:bom-01' : '', 'a0: &a0 [lol, lol, lol]'];
    for (let i = 1; i <= levels; i++) {
      const aliases = Array.from({ length: width }, () => `*a${i - 1}`).join(', ');
      // Merge keys (`<<`) expand differently from plain aliases in some parsers.
      lines.push(merge ? `a${i}: &a${i}\n  <<: [${aliases}]` : `a${i}: &a${i} [${aliases}]`);
    }
    return doc('alias-bomb', `---\n${lines.filter(Boolean).join('\n')}\n---\n`);
  });
}

/** Headers nested `depth` deep, in flow and block style. */
function deepNesting(): fc.Arbitrary<FuzzDocument> {
  return fc.record({ depth: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 20, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 300, max: 30_000 }) }), style: fc.nat(4) }).map(({ depth, style }) => {
    const shapes = [
      () => `title: ${'['.repeat(depth)}x${']'.repeat(depth)}`,
      () => `title: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`,
      () => Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x',
      () => Array.from({ length: Math.min(depth, 3000) }, (_, i) => `${'  '.repeat(i)}-`).join('\n') + ' x',
      () => `title: ${'['.repeat(depth)}`, // never closed
    ];
    return doc('deep-nesting', `---\nid: urn:nl:ak:ver:deep-01\n${(shapes[style] as () => string)()}\n---\n`);
  });
}

/** Very large values, lists and keys; a few over the 2 MB file cap. */
function hugeValues(): fc.Arbitrary<FuzzDocument> {
  return fc.record({ size: fc.oneof({ weight: 20, arbitrary: fc.integer({ min: 10_000, max: 300_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 2_000_000, max: 2_300_000 }) }), shape: fc.nat(5), fields: documentFieldsArbitrary() }).map(({ size, shape, fields }) => {
    const shapes = [
      () => renderDocument({ ...fields, title: repeatTo('Lange titel ', size) }),
      () => renderDocument({ ...fields, summary: repeatTo('zeer lang ', size) }),
      () => renderDocument(fields, `${repeatTo('k', Math.min(size, 100_000))}: x\n`),
      () => renderDocument(fields, `rol-ai-act:\n${repeatTo('- aanbieder\n', size)}`),
      () => renderDocument({ ...fields, body: repeatTo('Artikel 16 AI-verordening en ', size) }),
      () => renderDocument({ ...fields, citations: Array.from({ length: Math.min(5000, size / 100) }, (_, i) => `Artikel ${i} AI-verordening`) }),
    ];
    return doc('huge', (shapes[shape] as () => string)());
  });
}

/** Byte-level encodings: BOMs, UTF-16, latin-1, NUL bytes, broken and overlong UTF-8, odd line endings. */
function oddEncodings(ctx: DocumentContext): fc.Arbitrary<FuzzDocument> {
  const base = fc.oneof(documentFieldsArbitrary().map((f) => renderDocument(f)), pick(ctx.samples).map((s) => s.text));
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  return fc.record({ text: base, how: fc.nat(11), at: fc.nat() }).map(({ text, how, at }) => {
    const utf8 = bytes(text);
    const cut = at % Math.max(1, utf8.length);
    const splice = (insert: number[]) => Buffer.concat([utf8.subarray(0, cut), Buffer.from(insert), utf8.subarray(cut)]);
    const variants: (() => Uint8Array)[] = [
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
      () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), utf8]),
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      () => Buffer.from(text, 'utf16le').swap16(),
      () => Buffer.from(text.replace(/e/g, 'é'), 'latin1'),
      () => splice([0x00]),
      () => bytes(text.replace(/\n/g, '\n\u0000')),
      () => splice([0xc0, 0xaf]), // an overlong "/"
      () => splice([0xed, 0xa0, 0x80]), // an encoded lone surrogate
      () => splice([0xf4, 0x90, 0x80, 0x80]), // beyond U+10FFFF
      () => bytes(text.replace(/\n/g, '\r')),
      () => bytes(text.replace(/\n/g, '\u2028')),
    ];
    return doc('encoding', (variants[how] as () => Uint8Array)());
  });
}

/** YAML that is broken, odd or not a mapping: duplicate keys, lists, scalars, tags, unsafe keys, unclosed quotes. */
function oddYaml(): fc.Arbitrary<FuzzDocument> {
  const headers = [
    'title: Een\ntitle: Twee\nid: urn:nl:ak:ver:dup-01\nid: urn:nl:ak:ver:dup-02',
    'title: A\nid: urn:nl:ak:ver:dupkey-01\nrol-ai-act:\n- aanbieder\nrol-ai-act: importeur',
    '- title: A\n- id: urn:nl:ak:ver:list-01',
    'gewoon een zin',
    '42',
    '~',
    'null',
    '""',
    '|\n  een blok',
    '',
    ' ',
    '!!set {a, b}',
    '!!binary aGVsbG8=',
    'title: !!binary aGVsbG8=\nid: urn:nl:ak:ver:bin-01',
    'title: !custom x\nid: urn:nl:ak:ver:custom-01',
    '__proto__:\n  polluted: true\ntitle: P\nid: urn:nl:ak:ver:proto-02',
    'constructor:\n  prototype:\n    polluted: true\ntitle: C\nid: urn:nl:ak:ver:ctor-01',
    'title: P\nid: urn:nl:ak:ver:proto-03\nrol-ai-act: {__proto__: {polluted: true}}',
    '"__proto__": {"polluted": true}\ntitle: Q\nid: urn:nl:ak:ver:proto-04',
    '? [a, b]\n: c\ntitle: K\nid: urn:nl:ak:ver:complex-01',
    '? {a: 1}\n: c\ntitle: K\nid: urn:nl:ak:ver:complex-02',
    '1: een\ntrue: twee\nnull: drie\ntitle: K\nid: urn:nl:ak:ver:keys-01',
    'title: "unclosed\nid: urn:nl:ak:ver:q-01',
    "title: 'unclosed\nid: urn:nl:ak:ver:q-02",
    'title: [unclosed\nid: urn:nl:ak:ver:q-03',
    'title: {a: 1\nid: urn:nl:ak:ver:q-04',
    'title:\tTab\n\tid: urn:nl:ak:ver:tab-01',
    'title: A\n  id: urn:nl:ak:ver:indent-01',
    'title: A\n...\nid: urn:nl:ak:ver:end-01',
    '%YAML 1.1\n---\ntitle: A\nid: urn:nl:ak:ver:dir-01',
    '%TAG ! tag:evil.example,2000:\n---\ntitle: !x A',
    'title: &a A\nid: *a',
    'title: *nothing\nid: urn:nl:ak:ver:alias-01',
    'base: &b {title: B, id: urn:nl:ak:ver:merge-01}\n<<: *b',
    '<<: [*x]',
    'title: 2024-01-01\nid: urn:nl:ak:ver:date-01',
    'title: 0x1F\nid: 1e400',
    'title: .inf\nid: .nan',
    'title: A\nid: urn:nl:ak:ver:bad-\u0000-01',
    'title: "\\u0000\\ud800\\x1b[31m"\nid: urn:nl:ak:ver:esc-01',
    'title: A\r\nid: urn:nl:ak:ver:crlf-01\r',
  ];
  const closers = ['\n---\n', '\n---', '\n', '\n--- \n', '\n----\n', '\n---js\n', '\n---\n---\ntitle: second\n---\n'];
  return fc.record({ header: pick(headers), closer: pick(closers), body: fc.string({ maxLength: 80, unit: 'grapheme' }) }).map(({ header, closer, body }) => doc('odd-yaml', `---\n${header}${closer}${body}`));
}

/** Front matter whose fields have the wrong type or value: ids, titles, tag lists, links, datasets. */
function oddFields(): fc.Arbitrary<FuzzDocument> {
  const values = fc.oneof(
    pick(['', ' ', '~', 'null', '0', '-1', 'true', '[]', '{}', '[[]]', '[~]', '{a: [1, {b: 2}]}', "''", '"\\t"', '- a\n  - b', '!!str 5', '&x y']),
    fc.string({ maxLength: 30, unit: 'grapheme' }).map((s) => JSON.stringify(s)),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
  );
  // No `nodes`: a curated file with an empty list is a valid file that defines nothing, which the fuzzer could not tell from a silent drop.
  const keys = pick(['id', 'title', 'toelichting', 'summary', 'rol-ai-act', 'levenscyclus', 'onderwerp', 'risicogroep', 'publicatiecategorie', 'soort-toepassing', 'rollen', 'vereiste', 'maatregel', 'sources', 'version', 'version_date', 'categorie', 'systeemrisico', 'dataset', 'hide']);
  const ids = pick(['urn:nl:ak:ver:', 'urn:nl:ak:mtr:', 'urn:nl:ak:hlp:x', 'urn:nl:ak:xxx:1', 'URN:NL:AK:VER:1', ' urn:nl:ak:ver:ws-01 ', 'urn:nl:ak:ver:aia-18', 'urn:nl:ak:ver:\u202e01', 'eu:reg/2024/1689/art_16', 'role:aanbieder', 'urn:nl:ak:ver:a b\nc']);
  return fc
    .record({
      overrides: fc.dictionary(keys, values, { maxKeys: 4 }),
      id: fc.option(ids, { nil: undefined }),
      fields: documentFieldsArbitrary(),
      folder: pick(['', '', '', 'hulpmiddelen', 'vereisten', 'maatregelen']),
      dataset: fc.option(pick(['curated', 'statute-catalog', 'onbekend', '[curated]']), { freq: 8, nil: undefined }),
    })
    .map(({ overrides, id, fields, folder, dataset }) => {
      // Later keys win in the parser, so the overrides replace the well-formed values.
      const extra = Object.entries(overrides).map(([k, v]) => `${k}: ${v.includes('\n') ? `\n  ${v.replace(/\n/g, '\n  ')}` : v}`);
      if (id !== undefined) extra.push(`id: ${JSON.stringify(id)}`);
      if (dataset !== undefined) extra.push(`dataset: ${dataset}`);
      const text = renderDocument(fields).replace(/\n---\n/, `\n${extra.join('\n')}\n---\n`);
      return doc('odd-fields', text, '.md', folder);
    });
}

/** Bronnen sections of citations meant to break or stall the resolver. */
function adversarialCitations(): fc.Arbitrary<FuzzDocument> {
  const tokens = ['Artikel', 'artikel', 'art.', 'Art', 'lid', 'onder', 'sub', 'punt', 'onderdeel', '(', ')', 'en', ',', '-', 't/m', 'tot en met', 'jo.', 'e.v.', 'AI-verordening', 'AI Act', 'AVG', 'GDPR', 'BW', 'Wgbo', 'Awb', 'Overweging', 'Bijlage', 'ECLI:NL:HR:2020:1082', 'ECLI:', 'iv', 'MMMCM', 'j', 'zz', '1', '99999', '6:185', '7:453', '1.10', '15n', '0'];
  const soup = fc.array(pick(tokens), { minLength: 1, maxLength: 40 }).map((t) => t.join(' '));
  const crafted = fc.record({ n: fc.integer({ min: 1, max: 50_000 }), k: fc.nat(11) }).map(({ n, k }) => {
    const shapes = [
      () => 'Artikel 99999(zz) AI-verordening',
      () => `artikel 1 tot en met ${n * 20} AVG`,
      () => `Artikel 1 - ${n} AI-verordening`,
      () => `Artikel 5 lid 1 onder ${Array.from({ length: Math.min(n, 3000) }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[i % 26]).join(', ')} AVG`,
      () => `Artikel 16${'('.repeat(Math.min(n, 5000))}j${')'.repeat(Math.min(n, 5000))} AI-verordening`,
      () => `Artikel 1${' en'.repeat(Math.min(n, 20_000))} AVG`,
      () => `Artikel ${'1'.repeat(Math.min(n, 20_000))} AI-verordening`,
      () => `${'Artikel '.repeat(Math.min(n, 10_000))}5 AVG`,
      () => `Overweging 1 - ${n} AI-verordening`,
      () => `Bijlage ${'M'.repeat(Math.min(n, 2000))} AI-verordening`,
      () => `[${'['.repeat(Math.min(n, 20_000))}Artikel 5 AVG](${'('.repeat(Math.min(n, 20_000))}`,
      () => `art. ${n}:${n} BW jo. ${n}:${n + 1} BW e.v.`,
    ];
    return (shapes[k] as () => string)();
  });
  const citation = fc.oneof(soup, crafted, pick(GOOD_CITATIONS));
  return fc.record({ fields: documentFieldsArbitrary(), bad: fc.array(citation, { minLength: 1, maxLength: 6 }), linked: fc.boolean() }).map(({ fields, bad, linked }) => {
    const lines = bad.map((c) => (linked ? `[${c}](https://wetten.overheid.nl/x)` : `- ${c}`));
    return doc('citations', `${renderDocument(fields)}\n${lines.join('\n\n')}\n`);
  });
}

/** Structural and byte-level mutations of a real corpus document. */
function corpusMutations(ctx: DocumentContext): fc.Arbitrary<FuzzDocument> {
  const snippets = ['---', '---js\n', '\n---\n', ':', ': :', '- ', '&a ', '*a', '!!binary ', '"', "'", '[', '{', '\t', '\u0000', '\uFEFF', '#', '<<: *a', '__proto__: 1', 'id: urn:nl:ak:ver:aia-18', '\n\n## Bronnen\n\nArtikel 99999 AVG\n', ' '.repeat(1000)];
  const mutation = fc.record({ op: fc.nat(8), at: fc.nat(), len: fc.nat(400), byte: fc.nat(255), snippet: pick(snippets) });
  return fc.record({ sample: pick(ctx.samples), mutations: fc.array(mutation, { minLength: 1, maxLength: 6 }), folder: pick(['', 'hulpmiddelen']) }).map(({ sample, mutations, folder }) => {
    let bytes = Buffer.from(sample.text, 'utf8');
    for (const { op, at, len, byte, snippet } of mutations) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      const headerEnd = Math.max(1, bytes.indexOf('\n---', 3));
      const inHeader = at % headerEnd;
      switch (op) {
        case 0: // flip one byte
          if (bytes.length > 0) (bytes = Buffer.from(bytes))[i] = byte;
          break;
        case 1: // truncate
          bytes = bytes.subarray(0, i);
          break;
        case 2: // delete a range
          bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + len)]);
          break;
        case 3: // duplicate a range
          bytes = Buffer.concat([bytes.subarray(0, i + len), bytes.subarray(i)]);
          break;
        case 4: // insert a hostile snippet anywhere
          bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(snippet), bytes.subarray(i)]);
          break;
        case 5: // insert a hostile snippet inside the header
          bytes = Buffer.concat([bytes.subarray(0, inHeader), Buffer.from(snippet), bytes.subarray(inHeader)]);
          break;
        case 6: // swap two header lines
          {
            const lines = bytes.toString('utf8').split('\n');
            const end = Math.max(2, lines.indexOf('---', 1));
            const a = 1 + (at % (end - 1));
            const b = 1 + (len % (end - 1));
            [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
            bytes = Buffer.from(lines.join('\n'));
          }
          break;
        case 7: // change the header's language
          bytes = Buffer.concat([Buffer.from(['---js', '---JavaScript', '---coffee', '---json', '---yaml', '---toml'][byte % 6] as string), bytes.subarray(3)]);
          break;
        default: // drop the header's closing line
          bytes = Buffer.from(bytes.toString('utf8').replace(/\n---\n/, '\n'));
      }
    }
    return doc('corpus-mutation', bytes, '.md', folder);
  });
}

/** Random bytes and random text, as markdown or plain text. */
function noise(): fc.Arbitrary<FuzzDocument> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 2000 }).map((b) => doc('noise', b, '.md')),
    fc.string({ maxLength: 500, unit: 'binary' }).map((s) => doc('noise', s, '.txt')),
    fc.string({ maxLength: 500, unit: 'binary' }).map((s) => doc('noise', `---\n${s}\n---\n${s}`, '.md')),
    fc.string({ maxLength: 300, unit: 'grapheme' }).map((s) => doc('noise', `---\n${s}`, '.markdown')),
  );
}

/** Plain-text documents (`.txt`) full of citations, as the healthcare seed is. */
function freeTexts(): fc.Arbitrary<FuzzDocument> {
  const line = fc.oneof(pick(GOOD_CITATIONS), pick(['ECLI:NL:HR:2020:1082', 'ECLI:NL:XX:9999:1', 'artikel 7:446 tot en met 7:468 BW', 'Artikel 1 tot en met 999999 Wgbo', 'Richtlijn 85/374/EEG', 'Verordening (EU) 2024/1689']), fc.string({ maxLength: 60 }));
  return fc.array(line, { maxLength: 30 }).map((lines) => doc('free-text', `${lines.join('\n')}\n`, '.txt'));
}

/**
 * Every kind of hostile, broken or odd document the ingest fuzzer feeds the pipeline, weighted so
 * that mutated real documents and the riskiest shapes (code headers, bombs, citations) are common.
 */
export function documentArbitrary(ctx: DocumentContext): fc.Arbitrary<FuzzDocument> {
  return fc.oneof(
    { weight: 8, arbitrary: documentFieldsArbitrary().map((f) => doc('well-formed', renderDocument(f))) },
    { weight: 10, arbitrary: payloadDocuments(ctx) },
    { weight: 4, arbitrary: aliasBombs() },
    { weight: 4, arbitrary: deepNesting() },
    { weight: 2, arbitrary: hugeValues() },
    { weight: 8, arbitrary: oddEncodings(ctx) },
    { weight: 8, arbitrary: oddYaml() },
    { weight: 10, arbitrary: oddFields() },
    { weight: 10, arbitrary: adversarialCitations() },
    { weight: 25, arbitrary: corpusMutations(ctx) },
    { weight: 4, arbitrary: noise() },
    { weight: 3, arbitrary: freeTexts() },
  );
}
