/**
 * What ingest reports instead of throwing: a problem in one document, with where it is.
 * Errors reject the document (the rest still loads); warnings keep it.
 */
export type ProblemCode =
  | 'READ_FAILED' // the file could not be read
  | 'FILE_TOO_LARGE' // over the size cap; not read
  | 'NOT_UTF8' // bytes that are not valid UTF-8
  | 'NO_FRONT_MATTER' // a document without a `---` header
  | 'FRONT_MATTER_LANGUAGE' // `---js`, `---json`, … : only YAML is accepted, nothing is executed
  | 'YAML_SYNTAX' // malformed YAML
  | 'YAML_TOO_COMPLEX' // alias bombs, excessive nesting
  | 'FRONT_MATTER_NOT_MAPPING' // the header is a list or a scalar
  | 'UNSAFE_KEY' // `__proto__`, `constructor`, `prototype`
  | 'DUPLICATE_KEY' // a repeated key; the later value wins (warning)
  | 'MISSING_FIELD' // e.g. no `id` or `title`
  | 'INVALID_FIELD' // a field of the wrong type or value
  | 'DUPLICATE_ID' // two documents claim one id; the later one is rejected
  | 'UNRESOLVED_CITATION' // a Bronnen line that names a legal provision but could not be resolved (warning)
  | 'UNKNOWN_REFERENCE'; // a link to a document or id that does not exist (warning)

/** Whether a problem rejects its document. */
export type Severity = 'error' | 'warning';

/** One problem found during ingest. */
export interface Problem {
  path: string;
  line: number;
  code: ProblemCode;
  severity: Severity;
  message: string;
  /** The front-matter key or section the problem is about, when there is one. */
  field?: string;
}
