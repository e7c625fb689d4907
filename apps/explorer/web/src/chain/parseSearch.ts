/** What the search box was given: a block number, a 32-byte hash, or an account address. */
export type SearchTarget =
  | { readonly kind: 'block'; readonly number: number }
  | { readonly kind: 'hash'; readonly hash: `0x${string}` }
  | { readonly kind: 'extrinsic'; readonly block: number; readonly index: number }
  | { readonly kind: 'account'; readonly address: string };

const SS58 = /^[1-9A-HJ-NP-Za-km-z]{46,48}$/;

export function parseSearch(input: string): SearchTarget | undefined {
  const text = input.trim().replace(/,/g, '');
  if (/^#?\d{1,10}$/.test(text)) return { kind: 'block', number: Number(text.replace('#', '')) };
  const ext = /^(\d{1,10})-(\d{1,5})$/.exec(text);
  if (ext !== null) return { kind: 'extrinsic', block: Number(ext[1]), index: Number(ext[2]) };
  if (/^0x[0-9a-fA-F]{64}$/.test(text)) return { kind: 'hash', hash: text.toLowerCase() as `0x${string}` };
  if (SS58.test(text)) return { kind: 'account', address: text };
  return undefined;
}
