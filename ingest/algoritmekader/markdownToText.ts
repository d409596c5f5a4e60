/** Reduces a markdown body to the plain text a person reads, for search and snippets. */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^<>\n]{0,500}>/g, ' ')
    .replace(/\{[^{}\n]{0,200}\}/g, ' ')
    .replace(/!?\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|\?\?\?[^\n]*|>)\s*/gm, '')
    .replace(/[*_`]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*\n\s*/g, '\n\n')
    .trim();
}
