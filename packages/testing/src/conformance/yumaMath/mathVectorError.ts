/** A math vector the suite cannot read (a missing argument, an unknown type or expression). */
export class MathVectorError extends Error {
  override readonly name = 'MathVectorError';
}
