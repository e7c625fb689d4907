/**
 * The flags of the commands that write keys (create, new-*, regen-*): --n-words, --use-password /
 * --no-use-password, --overwrite, --password-file, --uri.
 */
import type { CommandInput } from '../../program/commandSpec.js';
import { optBoolean, optNonEmpty } from './selectWallet.js';

export type WordCount = 12 | 15 | 18 | 21 | 24;

export interface NewKeyInput {
  words: WordCount;
  usePassword: boolean;
  overwrite: boolean;
  passwordFile?: string;
  uri?: string;
}

/** `defaultUsePassword`: true for coldkeys, false for hotkeys (btcli); keys from --uri default to false. */
export function readNewKeyInput(input: CommandInput, defaultUsePassword: boolean): NewKeyInput {
  const uri = optNonEmpty(input, 'uri', '--uri');
  const words = Number(input.opts.nWords ?? 12) as WordCount;
  const usePassword = optBoolean(input, 'usePassword') ?? (uri === undefined ? defaultUsePassword : false);
  const passwordFile = optNonEmpty(input, 'passwordFile', '--password-file');
  return {
    words,
    usePassword,
    overwrite: optBoolean(input, 'overwrite') === true,
    ...(passwordFile === undefined ? {} : { passwordFile }),
    ...(uri === undefined ? {} : { uri }),
  };
}
