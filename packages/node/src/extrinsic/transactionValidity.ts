/**
 * Why a transaction is refused, with Substrate's `TransactionValidityError` variants and messages, so
 * that clients written for Substrate read them as they expect (`author_submitExtrinsic` reports them as
 * JSON-RPC error 1010 "Invalid Transaction" / 1011 "Unknown Transaction Validity" with this text as data).
 */
import { TaonetError } from '@taonet/primitives';

export type InvalidTransactionKind =
  | 'Call'
  | 'Payment'
  | 'Future'
  | 'Stale'
  | 'BadProof'
  | 'AncientBirthBlock'
  | 'ExhaustsResources'
  | 'BadMandatory'
  | 'MandatoryValidation'
  | 'BadSigner';

export type UnknownTransactionKind = 'CannotLookup' | 'NoUnsignedValidator';

const INVALID_MESSAGES: Readonly<Record<InvalidTransactionKind, string>> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
};

const UNKNOWN_MESSAGES: Readonly<Record<UnknownTransactionKind, string>> = {
  CannotLookup: 'Could not lookup information required to validate the transaction',
  NoUnsignedValidator: 'Could not find an unsigned validator for the unsigned transaction',
};

export class TransactionValidityError extends TaonetError {
  constructor(
    readonly validity: 'invalid' | 'unknown',
    readonly kind: InvalidTransactionKind | UnknownTransactionKind,
    /** Substrate's text for the variant */
    readonly reason: string,
    detail?: string,
  ) {
    super(
      validity === 'invalid' ? 'INVALID_TRANSACTION' : 'UNKNOWN_TRANSACTION',
      detail === undefined ? reason : `${reason}: ${detail}`,
      { details: { kind, ...(detail === undefined ? {} : { detail }) } },
    );
  }
}

export function invalidTransaction(kind: InvalidTransactionKind, detail?: string): TransactionValidityError {
  return new TransactionValidityError('invalid', kind, INVALID_MESSAGES[kind], detail);
}

export function unknownTransaction(kind: UnknownTransactionKind, detail?: string): TransactionValidityError {
  return new TransactionValidityError('unknown', kind, UNKNOWN_MESSAGES[kind], detail);
}

export function isTransactionValidityError(
  error: unknown,
  kind?: InvalidTransactionKind | UnknownTransactionKind,
): error is TransactionValidityError {
  return error instanceof TransactionValidityError && (kind === undefined || error.kind === kind);
}
