import { FormulaSyntaxError, parseFormula } from '@vitals/core';
import { badRequest, type HttpProblem } from '../../http/problem';

const POINTER = '/body/formula';
const invalid = (message: string): HttpProblem =>
  badRequest(`${POINTER}: ${message}`, [{ pointer: POINTER, message }]);

/** The metric keys a stored formula reads; none if it no longer parses (it was checked when saved). */
function referencesOf(formula: string | null): string[] {
  if (formula === null) return [];
  try {
    return parseFormula(formula).references;
  } catch {
    return [];
  }
}

/**
 * Throws a 400 naming /body/formula unless the formula of metric `key` can be saved: it must
 * parse (the error names the position and the token), read only existing metric keys, and not
 * reach back to `key` through other formulas (a cycle has no value).
 *
 * @param formulas every metric key of the workspace with its formula (null for non-formula metrics)
 * @example checkFormula('margin', 'profit / revenue', new Map([['profit', null], ['revenue', null]]))
 */
export function checkFormula(
  key: string,
  formula: string,
  formulas: ReadonlyMap<string, string | null>,
): void {
  let references: string[];
  try {
    references = parseFormula(formula).references;
  } catch (error) {
    throw error instanceof FormulaSyntaxError ? invalid(error.message) : error;
  }
  if (references.includes(key)) throw invalid(`a formula cannot read its own metric "${key}"`);
  const unknown = references.filter((ref) => !formulas.has(ref));
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? 'key' : 'keys';
    throw invalid(`refers to unknown metric ${noun}: ${unknown.join(', ')}`);
  }
  const cycle = pathBack(key, references, formulas);
  if (cycle) throw invalid(`would make a cycle: ${[key, ...cycle].join(' → ')}`);
}

/** A chain of formula references from `from` back to `key` (ending with `key`), if one exists. */
function pathBack(
  key: string,
  from: readonly string[],
  formulas: ReadonlyMap<string, string | null>,
): string[] | undefined {
  const seen = new Set<string>();
  const walk = (ref: string): string[] | undefined => {
    if (ref === key) return [key];
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    for (const next of referencesOf(formulas.get(ref) ?? null)) {
      const rest = walk(next);
      if (rest) return [ref, ...rest];
    }
    return undefined;
  };
  for (const ref of from) {
    const path = walk(ref);
    if (path) return path;
  }
  return undefined;
}
