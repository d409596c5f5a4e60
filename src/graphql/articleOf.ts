/** The article a provision id lies in (`…/art_16/pnt_j` → `…/art_16`), or undefined for non-articles. */
export function articleOf(id: string): string | undefined {
  const match = /^(.*?\/art_[^/]+)(?:\/|$)/.exec(id);
  return match?.[1];
}

/** Orders article ids by instrument, then article number as a number ("9" before "10", "6:77" before "6:185"). */
export function compareArticles(a: string, b: string): number {
  const [ia, na] = splitArticle(a);
  const [ib, nb] = splitArticle(b);
  if (ia !== ib) return ia < ib ? -1 : 1;
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function splitArticle(id: string): [string, number[]] {
  const at = id.lastIndexOf('/art_');
  const number = id.slice(at + 5);
  return [id.slice(0, at), number.split(/[^0-9]+/).filter(Boolean).map(Number)];
}
