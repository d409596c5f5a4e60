import { EDGE_TYPES, isEdgeType, type EdgeType } from '../domain/edgeTypes';
import { KgError } from '../domain/errors';
import { isNodeKind, type NodeKind } from '../domain/nodeKinds';

/** Bounds of list and traversal arguments; the server's cost limit relies on the same numbers. */
export const LIMITS = { first: { default: 20, max: 100 }, depth: { default: 1, max: 4 }, nodes: { default: 100, max: 500 }, hops: { default: 6, max: 10 } } as const;

/** A count argument within bounds, or BAD_INPUT naming it. */
export function bounded(name: string, value: number | undefined | null, bounds: { default: number; max: number }, min = 1): number {
  const n = value ?? bounds.default;
  if (!Number.isInteger(n) || n < min || n > bounds.max) throw new KgError('BAD_INPUT', `${name} must be an integer from ${min} to ${bounds.max}, got ${n}`);
  return n;
}

/** Edge type names checked against the model. */
export function edgeTypes(values: readonly string[] | undefined | null): EdgeType[] | undefined {
  if (!values) return undefined;
  for (const value of values) {
    if (!isEdgeType(value)) throw new KgError('BAD_INPUT', `unknown edge type "${value}"; known types: ${Object.keys(EDGE_TYPES).join(', ')}`);
  }
  return values as EdgeType[];
}

/** Node kind names checked against the model. */
export function nodeKinds(values: readonly string[] | undefined | null): NodeKind[] | undefined {
  if (!values) return undefined;
  for (const value of values) if (!isNodeKind(value)) throw new KgError('BAD_INPUT', `unknown node kind "${value}"`);
  return values as NodeKind[];
}

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new KgError('BAD_INPUT', `date must be an ISO date like 2026-01-01, got "${value}"`);
  }
  return value;
}
