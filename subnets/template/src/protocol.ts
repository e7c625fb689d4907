/**
 * The template's protocol: the Python subnet template's `Dummy` synapse, field for field, so a Python
 * validator can query our miner and our validator a Python miner:
 *
 *   class Dummy(bt.Synapse):
 *       dummy_input: int
 *       dummy_output: typing.Optional[int] = None
 *       def deserialize(self) -> int:
 *           return self.dummy_output
 *
 * Like the Python class it declares no `required_hash_fields` (the signed body hash is the constant
 * SHA3-256 of the empty string): adding one here would make every Python peer refuse our requests with a
 * hash mismatch. A real subnet should hash its inputs (`requiredHashFields`).
 */
import { defineSynapse } from '@taonet/subnet';
import { z } from 'zod';

export const Dummy = defineSynapse({
  name: 'Dummy',
  fields: {
    /** Required request input, filled by the validator. */
    dummy_input: z.int(),
    /** Optional request output, filled by the miner. */
    dummy_output: z.int().nullable().default(null),
  },
  deserialize: (synapse) => synapse.dummy_output,
});

export type DummyDefinition = typeof Dummy;

/** The template's version. */
export const TEMPLATE_VERSION = '1.0.0';

/** `spec_version` = 1000 * major + 10 * minor + patch, sent as the weights version key. */
export const TEMPLATE_SPEC_VERSION = ((): number => {
  const [major = 0, minor = 0, patch = 0] = TEMPLATE_VERSION.split('.').map(Number);
  return 1000 * major + 10 * minor + patch;
})();
