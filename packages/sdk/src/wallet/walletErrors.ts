/**
 * The wallet's typed errors. Each has a fixed `code` (also usable with `isTaonetError(e, code)`), a message
 * that says what to do, and `details` holding paths and names only: never a password, mnemonic, seed or
 * keyfile content, so an error can be logged or printed as JSON safely.
 */
import { TaonetError, type TaonetErrorOpts } from '@taonet/primitives';

export class KeyfileNotFoundError extends TaonetError {
  static readonly code = 'KEYFILE_NOT_FOUND';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(KeyfileNotFoundError.code, message, opts);
  }
}

/** Writing would replace an existing key; pass `overwrite: true` to allow it. */
export class KeyfileExistsError extends TaonetError {
  static readonly code = 'KEYFILE_EXISTS';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(KeyfileExistsError.code, message, opts);
  }
}

/** The file is not a keyfile taonet can read: bad JSON, missing or malformed fields, truncated data. */
export class InvalidKeyfileError extends TaonetError {
  static readonly code = 'KEYFILE_INVALID';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(InvalidKeyfileError.code, message, opts);
  }
}

/** An encryption or file format taonet does not read. */
export class UnsupportedKeyfileFormatError extends TaonetError {
  static readonly code = 'KEYFILE_UNSUPPORTED_FORMAT';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(UnsupportedKeyfileFormatError.code, message, opts);
  }
}

/** Decryption failed: the password is wrong (or the encrypted file was altered). */
export class WrongPasswordError extends TaonetError {
  static readonly code = 'WRONG_PASSWORD';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(WrongPasswordError.code, message, opts);
  }
}

/** A password is needed and no source (option, file, environment, prompt) gave one. */
export class PasswordRequiredError extends TaonetError {
  static readonly code = 'PASSWORD_REQUIRED';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(PasswordRequiredError.code, message, opts);
  }
}

/** A password file named by an option or an environment variable cannot be read. */
export class PasswordFileError extends TaonetError {
  static readonly code = 'PASSWORD_FILE_UNREADABLE';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(PasswordFileError.code, message, opts);
  }
}

/** A new password is too weak to encrypt a key with. */
export class WeakPasswordError extends TaonetError {
  static readonly code = 'WEAK_PASSWORD';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(WeakPasswordError.code, message, opts);
  }
}

/** A wallet or hotkey name that is not a plain file name. */
export class InvalidWalletNameError extends TaonetError {
  static readonly code = 'INVALID_WALLET_NAME';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(InvalidWalletNameError.code, message, opts);
  }
}

/** Reading or writing a wallet file failed for a reason other than the above (permissions, disk full). */
export class KeyfileIoError extends TaonetError {
  static readonly code = 'KEYFILE_IO';
  constructor(message: string, opts?: TaonetErrorOpts) {
    super(KeyfileIoError.code, message, opts);
  }
}
