import type { MarkdownLink } from './AkDocument';

// `[text](url)`: text without brackets, url without spaces or parentheses (the corpus has none in them),
// bounded so that no input can make the pattern backtrack for long.
const LINK = /\[([^\[\]\n]{0,500})\]\(([^()\s]{0,2000})\)/g;
const HEADING = /^##\s+([^{\n]*)/;

/** Finds the markdown links in a body, with their line (counted from `firstLine`) and section. */
export function extractMarkdownLinks(body: string, firstLine: number): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  let section = '';
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heading = HEADING.exec(line);
    if (heading) section = (heading[1] ?? '').trim();
    for (const match of line.matchAll(LINK)) {
      links.push({ text: (match[1] ?? '').trim(), url: match[2] ?? '', line: firstLine + i, section });
    }
  }
  return links;
}
