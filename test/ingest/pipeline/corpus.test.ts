import { serialiseGraph } from '../../../src/cli/serialiseGraph';
import type { GraphBatch } from '../../../src/domain/GraphBatch';
import { runIngest, type IngestResult } from '../../../ingest/runIngest';
import { sharedPath } from '../../support/sharedPath';

const targetsOf = (batch: GraphBatch, source: string, type: string) =>
  batch.edges.filter((e) => e.source === source && e.type === type).map((e) => e.target);

describe('ingest of the Algoritmekader corpus with the project dataset', () => {
  let result: IngestResult;
  beforeAll(async () => {
    result = await runIngest({ sources: [sharedPath('corpus', 'algoritmekader')] });
  });

  it('loads 63 requirements, 108 measures and 28 tools, and rejects nothing', () => {
    expect(result.report.nodes).toMatchObject({ Requirement: 63, Measure: 108, Tool: 28 });
    expect(result.report.documents.rejected).toBe(0);
    expect(result.report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('loads the measure with a repeated key and warns about it', () => {
    const warning = result.report.problems.find((p) => p.code === 'DUPLICATE_KEY');
    expect(warning).toMatchObject({ severity: 'warning', path: expect.stringContaining('2-owp-18-') });
    expect(result.batch.nodes.map((n) => n.id)).toContain('urn:nl:ak:mtr:owp-18');
  });

  it('resolves at least 97% of the citations that name a provision, and lists the rest with file and line', () => {
    const { citations } = result.report;
    expect(citations.provisionResolutionRate).toBeGreaterThanOrEqual(0.97);
    for (const unresolved of citations.unresolved) {
      expect(unresolved).toEqual({ path: expect.any(String), line: expect.any(Number), text: expect.any(String), reason: expect.any(String) });
      expect(unresolved.line).toBeGreaterThan(0);
    }
  });

  it('links measures to the requirements they serve and tools to both', () => {
    // owp-19 serves aut-01 (its `vereiste:` list).
    expect(targetsOf(result.batch, 'urn:nl:ak:mtr:owp-19', 'IMPLEMENTS')).toEqual(['urn:nl:ak:ver:aut-01']);
    expect(targetsOf(result.batch, 'urn:nl:ak:hlp:dpia', 'SUPPORTS')).toEqual(expect.arrayContaining(['urn:nl:ak:ver:avg-13', 'urn:nl:ak:mtr:owk-03']));
  });

  it('makes non-legal sources Source nodes with their URL', () => {
    const url = 'https://owasp.org/www-project-top-10-for-large-language-model-applications/';
    const owasp = result.batch.nodes.find((n) => n.kind === 'Source' && n.props.url === url);
    expect(owasp?.label).toMatch(/^OWASP/);
    expect(targetsOf(result.batch, 'urn:nl:ak:ver:aia-32', 'CITES')).toContain(owasp?.id);
  });

  it('gives every edge the file and line that said so, and leaves no edge dangling', () => {
    const ids = new Set(result.batch.nodes.map((n) => n.id));
    for (const edge of result.batch.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.provenance.path).not.toBe('');
      expect(edge.provenance.line).toBeGreaterThan(0);
    }
  });

  it('gives byte-identical output on a second run', async () => {
    const again = await runIngest({ sources: [sharedPath('corpus', 'algoritmekader')] });
    expect(serialiseGraph(again.batch)).toBe(serialiseGraph(result.batch));
  });
});

describe('ingest of the seed documents', () => {
  let result: IngestResult;
  beforeAll(async () => {
    result = await runIngest({ sources: [sharedPath('seeds')] });
  });

  it('reads aia-18 in the older format and resolves its three citations', () => {
    expect(targetsOf(result.batch, 'urn:nl:ak:ver:aia-18', 'CITES').sort()).toEqual([
      'eu:reg/2024/1689/art_16/pnt_j',
      'eu:reg/2024/1689/art_20',
      'eu:reg/2024/1689/art_55',
    ]);
    expect(targetsOf(result.batch, 'urn:nl:ak:ver:aia-18', 'IN_RISK_GROUP')).toEqual(['ak:risicogroep/hoog-risico-ai-systeem']);
  });

  it('resolves aia-32 to point d of paragraph 1 of Article 55', () => {
    expect(targetsOf(result.batch, 'urn:nl:ak:ver:aia-32', 'CITES')).toContain('eu:reg/2024/1689/art_55/par_1/pnt_d');
  });

  it('makes Article 16 reachable from its point j', () => {
    expect(targetsOf(result.batch, 'eu:reg/2024/1689/art_16/pnt_j', 'PART_OF')).toEqual(['eu:reg/2024/1689/art_16']);
    expect(targetsOf(result.batch, 'eu:reg/2024/1689/art_16', 'PART_OF')).toEqual(['eu:reg/2024/1689']);
  });

  it('finds in the healthcare article the BW articles, the MDR and both rulings', () => {
    const article = result.batch.nodes.find((n) => n.kind === 'Document');
    expect(article).toBeDefined();
    const mentioned = targetsOf(result.batch, article?.id ?? '', 'MENTIONS');
    expect(mentioned).toEqual(
      expect.arrayContaining([
        'nl:BWBR0005289/boek_6/art_185',
        'nl:BWBR0005289/boek_6/art_77',
        'nl:BWBR0005290/boek_7/art_453',
        'nl:BWBR0005290/boek_7/art_462',
        'nl:BWBR0005290/boek_7/art_463',
        'nl:BWBR0005290/boek_7/art_458',
        'eu:reg/2017/745',
        'ecli:NL:HR:2020:1082',
        'ecli:NL:HR:2020:1090',
      ]),
    );
  });
});
