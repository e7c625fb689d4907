/**
 * The `--json` result (`data`) of each wallet command. Addresses are SS58 (prefix 42), public keys 0x hex,
 * paths absolute. `mnemonic` appears only in the results of commands that generate a new key (create,
 * new-coldkey, new-hotkey), once, and is null for keys made from --uri: it is the only copy to back up.
 */
import { type Infer, s } from '../../output/schema.js';

export const walletRefSchema = s.object({
  /** The wallet's name. */
  name: s.string(),
  /** The selected hotkey's name. */
  hotkey: s.string(),
  /** The wallet's directory: <wallets path>/<name>. */
  path: s.string(),
});

export const writtenKeySchema = s.object({
  /** `coldkey`, or the hotkey's name. */
  name: s.string(),
  address: s.string(),
  publicKey: s.string(),
  /** The key file. */
  path: s.string(),
  /** The public file (coldkeypub.txt, <hotkey>pub.txt). */
  publicPath: s.string(),
  encrypted: s.boolean(),
  /** The new key's mnemonic (new keys only, shown this once); null otherwise. */
  mnemonic: s.nullable(s.string()),
});

export const publicFileSchema = s.object({
  address: s.string(),
  publicKey: s.string(),
  path: s.string(),
});

export const walletCreateResultSchema = s.object({
  wallet: walletRefSchema,
  coldkey: writtenKeySchema,
  hotkey: writtenKeySchema,
});

export const coldkeyResultSchema = s.object({ wallet: walletRefSchema, coldkey: writtenKeySchema });
export const hotkeyResultSchema = s.object({ wallet: walletRefSchema, hotkey: writtenKeySchema });
export const coldkeypubResultSchema = s.object({ wallet: walletRefSchema, coldkeypub: publicFileSchema });
export const hotkeypubResultSchema = s.object({ wallet: walletRefSchema, hotkeypub: publicFileSchema });

const encryptionSchema = s.nullable(s.enum(['nacl', 'ansible-vault', 'legacy-fernet', 'none']));

export const listedKeySchema = s.object({
  name: s.string(),
  /** From the public file or a plaintext key file; null when neither can be read. */
  address: s.nullable(s.string()),
  path: s.string(),
  /** Whether the key file itself exists (false: only the public file, a watch-only key). */
  exists: s.boolean(),
  encryption: encryptionSchema,
  /** The error code when a file could not be read (e.g. KEYFILE_INVALID). */
  error: s.nullable(s.string()),
});

export const walletListResultSchema = s.object({
  /** The wallets directory. */
  path: s.string(),
  wallets: s.array(
    s.object({
      name: s.string(),
      path: s.string(),
      coldkey: listedKeySchema,
      hotkeys: s.array(listedKeySchema),
    }),
  ),
});

export const walletSignResultSchema = s.object({
  wallet: walletRefSchema,
  key: s.enum(['coldkey', 'hotkey']),
  address: s.string(),
  message: s.string(),
  /** 0x hex, 64 bytes (sr25519). */
  signature: s.string(),
});

export const walletVerifyResultSchema = s.object({
  valid: s.literal(true),
  address: s.string(),
  message: s.string(),
  signature: s.string(),
  type: s.enum(['sr25519', 'ed25519']),
  /** True when the signature is over `<Bytes>message</Bytes>` (polkadot-js extensions sign that). */
  wrapped: s.boolean(),
});

export type WalletRef = Infer<typeof walletRefSchema>;
export type WrittenKey = Infer<typeof writtenKeySchema>;
export type PublicFile = Infer<typeof publicFileSchema>;
export type WalletCreateResult = Infer<typeof walletCreateResultSchema>;
export type ColdkeyResult = Infer<typeof coldkeyResultSchema>;
export type HotkeyResult = Infer<typeof hotkeyResultSchema>;
export type ColdkeypubResult = Infer<typeof coldkeypubResultSchema>;
export type HotkeypubResult = Infer<typeof hotkeypubResultSchema>;
export type ListedKey = Infer<typeof listedKeySchema>;
export type WalletListResult = Infer<typeof walletListResultSchema>;
export type WalletSignResult = Infer<typeof walletSignResultSchema>;
export type WalletVerifyResult = Infer<typeof walletVerifyResultSchema>;
