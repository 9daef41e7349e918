/**
 * A formula that cannot be used: where (0-based `position` in `formula`), at which `token` (empty
 * at the end of the text) and why (`reason`, a human sentence).
 *
 * @example
 * try { parseFormula('revenue ** 2'); } catch (e) {
 *   // e.position === 8, e.token === '**', e.reason === 'the operator "**" is not supported; …'
 * }
 */
export class FormulaSyntaxError extends Error {
  override readonly name = 'FormulaSyntaxError';
  readonly formula: string;
  readonly position: number;
  readonly token: string;
  readonly reason: string;

  constructor(formula: string, position: number, token: string, reason: string) {
    const where = token === '' ? 'at the end' : `"${token}" at position ${position}`;
    super(`Formula error ${where}: ${reason}`);
    this.formula = formula;
    this.position = position;
    this.token = token;
    this.reason = reason;
  }

  /** The plain fields, for an API error body. */
  toJSON(): { formula: string; position: number; token: string; message: string } {
    return {
      formula: this.formula,
      position: this.position,
      token: this.token,
      message: this.message,
    };
  }
}

const TOKEN =
  /^(?:[A-Za-z_$\u0080-\uffff][\w$\u0080-\uffff]*|\d*\.?\d+(?:[eE][+-]?\d+)?|"[^"]*"?|'[^']*'?|\*\*|===?|!==?|<=|>=|<<|>>>?|&&|\|\||\?\?|\?\.|\S)/;

/** The first non-space position at or after `index` (the text's length at its end). */
export function skipSpaces(text: string, index: number): number {
  let i = Math.max(0, index);
  while (i < text.length && /\s/.test(text[i] ?? '')) i += 1;
  return i;
}

/** The token that starts at `index` (after spaces): a name, a number, an operator or one character. */
export function tokenAt(text: string, index: number): { position: number; token: string } {
  const position = skipSpaces(text, index);
  const match = TOKEN.exec(text.slice(position));
  return { position, token: match?.[0] ?? '' };
}
