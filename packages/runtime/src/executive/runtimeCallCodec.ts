/**
 * The runtime's call codec (`RuntimeCall`): a call is `[pallet index: u8][call index: u8][arguments]`,
 * exactly as a Substrate extrinsic carries it, so calls nest (`sudo(call)`) and SDKs can build them.
 */
import { type Codec, createCodec, createDecoder, u8 } from 'scale-ts';
import type { BoundCall, CallDef } from '../dispatch/callDef.js';
import { DispatchError } from '../dispatch/dispatchError.js';

/** Where the codec finds a call: by pallet and call index (decoding) or by names (encoding). */
export interface CallLookup {
  // biome-ignore lint/suspicious/noExplicitAny: calls have heterogeneous argument types
  findCall(pallet: string, name: string): CallDef<any> | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  findCallByIndex(palletIndex: number, callIndex: number): CallDef<any> | undefined;
  palletIndex(pallet: string): number | undefined;
}

const unknownCall = (what: string) => new DispatchError('System', 'CallNotFound', what);

/** `lookup` is read at each use, so the codec can be built before the module list is complete. */
export function createRuntimeCallCodec(lookup: () => CallLookup): Codec<BoundCall> {
  const encode = (call: BoundCall): Uint8Array => {
    const calls = lookup();
    const def = calls.findCall(call.pallet, call.name);
    const palletIndex = calls.palletIndex(call.pallet);
    if (def === undefined || palletIndex === undefined) throw unknownCall(`${call.pallet}.${call.name}`);
    const args = def.args.enc(call.args);
    const out = new Uint8Array(2 + args.length);
    out[0] = palletIndex;
    out[1] = def.index;
    out.set(args, 2);
    return out;
  };
  const decode = createDecoder((bytes): BoundCall => {
    const palletIndex = u8.dec(bytes);
    const callIndex = u8.dec(bytes);
    const def = lookup().findCallByIndex(palletIndex, callIndex);
    if (def === undefined) throw unknownCall(`call ${callIndex} of pallet ${palletIndex}`);
    return { pallet: def.pallet, name: def.name, args: def.args.dec(bytes) };
  });
  return createCodec(encode, decode);
}
