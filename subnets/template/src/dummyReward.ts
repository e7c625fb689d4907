/**
 * The template's scoring (the Python template's `reward`): 1 for the right answer (twice the query),
 * 0 for anything else, including no answer.
 */
export function computeDummyReward(query: number, output: number | null): number {
  return output === query * 2 ? 1 : 0;
}
