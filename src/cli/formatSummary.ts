import type { IngestReport } from '../../ingest/IngestReport';

/** A short human summary of an ingest run, printed after every run. */
export function formatSummary(report: IngestReport): string {
  const { documents, citations, problems } = report;
  const nodes = Object.values(report.nodes).reduce((a, b) => a + b, 0);
  const edges = Object.values(report.edges).reduce((a, b) => a + b, 0);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.length - errors.length;
  const lines = [
    `documents: ${documents.read} read, ${documents.loaded} loaded, ${documents.rejected} rejected`,
    `graph:     ${nodes} nodes, ${edges} edges (${kinds(report.nodes)})`,
    `citations: ${citations.total} in all, ${citations.toProvisions} to provisions, ${citations.toInstruments} to instruments, ` +
      `${citations.toRulings} to rulings, ${citations.notLegal} non-legal, ${citations.unresolved.length} unresolved ` +
      `(${(citations.provisionResolutionRate * 100).toFixed(1)}% of provision citations resolved)`,
    `problems:  ${errors.length} errors, ${warnings} warnings`,
  ];
  for (const problem of errors.slice(0, 20)) lines.push(`  ${problem.path}:${problem.line} ${problem.code} ${problem.message}`);
  if (errors.length > 20) lines.push(`  … and ${errors.length - 20} more (see --report)`);
  return lines.join('\n');
}

function kinds(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}
