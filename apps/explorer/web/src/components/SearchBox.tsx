/** Search by block number, block hash, extrinsic id (`block-index`) or address. */
import { getHeader } from '@taonet/sdk';
import { type FormEvent, useState } from 'react';
import { useChain } from '../chain/chainContext.js';
import { parseSearch } from '../chain/parseSearch.js';
import { navigate } from '../chain/useRoute.js';

export function SearchBox() {
  const { client } = useChain();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const target = parseSearch(text);
    setProblem(
      target === undefined
        ? 'enter a block number or hash, an extrinsic (block-index) or an address'
        : undefined,
    );
    if (target === undefined) return;
    if (target.kind === 'block') navigate(`block/${target.number}`);
    else if (target.kind === 'extrinsic') navigate(`extrinsic/${target.block}-${target.index}`);
    else if (target.kind === 'account') navigate(`account/${target.address}`);
    else {
      // a 32-byte hex value: a block hash if the node knows one, else an account id
      const isBlock = await getHeader(client, { hash: target.hash }).then(
        () => true,
        () => false,
      );
      navigate(isBlock ? `block/${target.hash}` : `account/${target.hash}`);
    }
    setText('');
  };
  return (
    <form className="search" onSubmit={(e) => void onSubmit(e)}>
      <input
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Block, hash, extrinsic or address"
        aria-label="search"
      />
      {problem ? <span className="search-problem">{problem}</span> : null}
    </form>
  );
}
