import { posix } from 'node:path';
import { ids } from '../../src/domain/ids';
import type { Problem } from '../../src/domain/Problem';
import type { FrontMatter } from '../read/parseFrontMatter';
import type { AkDocument, AkKind, Located } from './AkDocument';
import { extractMarkdownLinks } from './extractMarkdownLinks';
import { DOCUMENT_KEYS, LINK_KEYS, TAG_KEYS, TAG_PROPS } from './frontMatterKeys';
import { markdownToText } from './markdownToText';

const ID_PREFIXES: Record<string, AkKind> = { 'urn:nl:ak:ver:': 'Requirement', 'urn:nl:ak:mtr:': 'Measure', 'urn:nl:ak:hlp:': 'Tool' };

export type AkReadResult = { ok: true; document: AkDocument; warnings: Problem[] } | { ok: false; problems: Problem[] };

/**
 * Turns a parsed Algoritmekader file into a typed document. Tolerates the format's drift (older key
 * names, a string where a list is usual, trailing dots in titles, tools without an id) and reports
 * what it cannot use with the file and line.
 */
export function readAlgoritmekaderDocument(fm: FrontMatter, path: string): AkReadResult {
  const { data } = fm;
  const warnings: Problem[] = [];
  const problem = (code: Problem['code'], field: string, message: string, severity: Problem['severity'] = 'error'): Problem => ({
    path,
    line: fm.lineOf([field]),
    code,
    severity,
    message,
    field,
  });
  const fileStem = posix.basename(path).replace(/\.md$/i, '');

  const kindAndId = identify(data, path, fileStem);
  if ('problem' in kindAndId) return { ok: false, problems: [problem(kindAndId.problem.code, 'id', kindAndId.problem.message)] };
  const title = typeof data[DOCUMENT_KEYS.title] === 'string' ? (data[DOCUMENT_KEYS.title] as string).trim().replace(/\.+$/, '') : '';
  if (title === '') return { ok: false, problems: [problem('MISSING_FIELD', 'title', 'the document has no title')] };

  const summaryKey = DOCUMENT_KEYS.summary.find((key) => typeof data[key] === 'string');
  const listAt = (key: string): Located<string>[] => {
    const raw = data[key];
    if (raw === undefined || raw === null) return [];
    const items = Array.isArray(raw) ? raw : [raw];
    const located: Located<string>[] = [];
    items.forEach((item, index) => {
      // An empty entry ("-" alone on a line) is a placeholder in the source, not a value.
      if (item === null) return;
      if (typeof item === 'string' || typeof item === 'number') {
        located.push({ value: String(item).trim(), line: fm.lineOf(Array.isArray(raw) ? [key, index] : [key]) });
      } else {
        warnings.push(problem('INVALID_FIELD', key, `an entry of "${key}" is not a text value and is ignored`, 'warning'));
      }
    });
    return located.filter((item) => item.value !== '');
  };

  const tags = TAG_KEYS.map((key) => ({ key, values: key.keys.flatMap(listAt) })).filter((tag) => tag.values.length > 0);
  const props: Record<string, string | string[]> = {};
  for (const [prop, key] of Object.entries(TAG_PROPS)) {
    const values = listAt(key).map((item) => item.value);
    if (values.length > 0) props[prop] = values;
  }
  const audit = data[DOCUMENT_KEYS.auditSources];
  if (audit && typeof audit === 'object' && !Array.isArray(audit)) {
    props.auditCriteria = Object.entries(audit).map(([framework, criterion]) => `${framework}: ${String(criterion)}`);
  }
  for (const [prop, key] of [['version', DOCUMENT_KEYS.version], ['versionDate', DOCUMENT_KEYS.versionDate]] as const) {
    if (typeof data[key] === 'string' || typeof data[key] === 'number') props[prop] = String(data[key]);
  }

  const links = (Object.entries(LINK_KEYS) as ['requirements' | 'measures', string][]).flatMap(([to, key]) =>
    listAt(key).map((stem) => ({ to, stem })),
  );

  const document: AkDocument = {
    kind: kindAndId.kind,
    id: kindAndId.id,
    fileStem,
    origin: { path, line: fm.lineOf(['id']) },
    title,
    summary: summaryKey ? (data[summaryKey] as string).trim() : undefined,
    text: markdownToText(fm.body),
    tags,
    props,
    links,
    bodyLinks: extractMarkdownLinks(fm.body, fm.bodyLine),
  };
  return { ok: true, document, warnings };
}

type Identity = { kind: AkKind; id: string } | { problem: { code: Problem['code']; message: string } };

function identify(data: Record<string, unknown>, path: string, fileStem: string): Identity {
  const id = data[DOCUMENT_KEYS.id];
  if (typeof id === 'string' && id.trim() !== '') {
    const trimmed = id.trim();
    const prefix = Object.keys(ID_PREFIXES).find((p) => trimmed.startsWith(p));
    if (!prefix || trimmed.length === prefix.length) {
      return { problem: { code: 'INVALID_FIELD', message: `"${trimmed}" is not an Algoritmekader id (urn:nl:ak:ver:…, urn:nl:ak:mtr:…)` } };
    }
    return { kind: ID_PREFIXES[prefix] as AkKind, id: trimmed };
  }
  if (id !== undefined) return { problem: { code: 'INVALID_FIELD', message: 'the id is not a text value' } };
  // Tools carry no id in the Algoritmekader; they are recognised by their folder or their `categorie`.
  if (posix.basename(posix.dirname(path)) === 'hulpmiddelen' || data.categorie !== undefined) {
    return { kind: 'Tool', id: ids.tool(fileStem) };
  }
  return { problem: { code: 'MISSING_FIELD', message: 'the document has no id' } };
}
