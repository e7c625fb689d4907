/**
 * Subnet identities (`utils/identity.rs`, economics.md §5.6 step 9): byte-length limits per field, checked by
 * `register_network_with_identity` and `set_subnet_identity` (`InvalidIdentity`).
 */
import type { SubnetIdentityV3 } from './schema.js';

/** Maximum UTF-8 length of each field, in bytes. */
export const SUBNET_IDENTITY_LIMITS: { readonly [Field in keyof SubnetIdentityV3]: number } = {
  subnet_name: 256,
  github_repo: 1024,
  subnet_contact: 1024,
  subnet_url: 1024,
  discord: 256,
  description: 1024,
  logo_url: 1024,
  additional: 1024,
};

/**
 * `is_valid_subnet_identity`: every field within its limit (subtensor also caps name + repo + contact at the
 * sum of all limits, which the per-field limits already imply).
 */
export function isValidSubnetIdentity(identity: SubnetIdentityV3): boolean {
  // deterministic: the keys of a fixed literal, and `every` does not depend on their order
  const fields = Object.keys(SUBNET_IDENTITY_LIMITS) as (keyof SubnetIdentityV3)[];
  return fields.every((field) => identity[field].length <= SUBNET_IDENTITY_LIMITS[field]);
}
