/**
 * The CLI's own typed errors (TaonetErrors, like the SDK's), presented by presentError with a hint.
 * Imported only by command modules and the error presenter, never on the `tao --help` path.
 */
import { TaonetError, type TaonetErrorOpts } from '@taonet/primitives';

/** A bad or missing flag value, or a combination of flags that does not make sense. Exit code 2. */
export class UsageError extends TaonetError {
  static readonly code = 'USAGE';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(UsageError.code, message, opts);
  }
}

/** The user cancelled a prompt (Ctrl-C) or declined a confirmation. Exit code 130. */
export class CancelledError extends TaonetError {
  static readonly code = 'CANCELLED';
  constructor(message = 'nothing was changed', opts?: TaonetErrorOpts) {
    super(CancelledError.code, message, opts);
  }
}

/** The config file cannot be read, parsed or written, or holds an invalid value. */
export class ConfigError extends TaonetError {
  static readonly code = 'CONFIG_INVALID';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(ConfigError.code, message, opts);
  }
}

/** `--network` (or the configured network) names no known network and is not a ws:// URL. */
export class UnknownNetworkError extends TaonetError {
  static readonly code = 'UNKNOWN_NETWORK';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(UnknownNetworkError.code, message, opts);
  }
}

/** A value is needed, prompts are off (`--no-prompt` or no terminal) and no flag gave it. */
export class MissingInputError extends TaonetError {
  static readonly code = 'MISSING_INPUT';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(MissingInputError.code, message, opts);
  }
}

/** `wallet verify`: the signature does not match the message and the signer. */
export class InvalidSignatureError extends TaonetError {
  static readonly code = 'SIGNATURE_INVALID';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(InvalidSignatureError.code, message, opts);
  }
}

/** A result failed its own declared JSON schema: a bug in the command, never the user's fault. */
export class OutputSchemaError extends TaonetError {
  static readonly code = 'OUTPUT_SCHEMA';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(OutputSchemaError.code, message, opts);
  }
}

/**
 * A pre-flight check of a chain command failed before anything was signed (not enough balance, hotkey
 * not registered, no such subnet). `code` names the problem (`INSUFFICIENT_BALANCE`, `NOT_REGISTERED`,
 * `SUBNET_NOT_FOUND`, ...); the hint says how to fix it in `tao` terms.
 */
export class ChainCheckError extends TaonetError {
  readonly hint: string;
  constructor(code: string, message: string, hint: string, opts?: TaonetErrorOpts) {
    super(code, message, opts);
    this.hint = hint;
  }
}
