import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createKeypairFromUri, initCrypto, type Keypair } from '@taonet/crypto';
import { fromHex, type Hash } from '@taonet/primitives';
import { decodeExtrinsicEnvelope, encodeSignedPayload, RpcError } from '@taonet/rpc';
import {
  addStake,
  claimRoot,
  ExtrinsicFailedError,
  estimateFee,
  setHyperparameter,
  setRootClaimType,
  submitTransaction,
  TransactionRejectedError,
  transfer,
} from '../../../src/index.js';
import { BEST, BEST_NUMBER, BLOCK, createFakeChain, GENESIS } from '../fixtures/fakeChain.js';

let alice: Keypair;
let bob: Keypair;

before(async () => {
  await initCrypto();
  alice = createKeypairFromUri('//Alice');
  bob = createKeypairFromUri('//Bob');
});

describe('sendTransaction (through transfer)', () => {
  it('signs with the next nonce and a 64-block era from the best block, and returns the receipt', async () => {
    const chain = createFakeChain({
      events: [
        {
          pallet: 'TransactionPayment',
          name: 'TransactionFeePaid',
          data: { who: '0x', actualFee: '62645', tip: '0' },
        },
        { pallet: 'Balances', name: 'Transfer', data: {} },
        { pallet: 'System', name: 'ExtrinsicSuccess', data: {} },
      ],
    });
    const receipt = await transfer(chain.client, { signer: alice, to: bob.address, amount: 10n ** 9n });
    assert.equal(receipt.status, 'success');
    assert.equal(receipt.blockHash, BLOCK);
    assert.equal(receipt.blockNumber, BEST_NUMBER + 1);
    assert.equal(receipt.extrinsicIndex, 1);
    assert.equal(receipt.fee, 62_645n);
    assert.deepEqual(
      receipt.events.map((e) => e.name),
      ['TransactionFeePaid', 'Transfer', 'ExtrinsicSuccess'],
    );
    assert.equal(receipt.finalized, false);

    const envelope = decodeExtrinsicEnvelope(fromHex(chain.submitted[0]!));
    assert.ok(envelope.signed);
    assert.equal(envelope.signer, alice.accountId);
    assert.deepEqual(envelope.extra, {
      era: { kind: 'mortal', period: 64, phase: BEST_NUMBER },
      nonce: 5,
      tip: 0n,
    });
    assert.deepEqual([...envelope.call.slice(0, 3)], [5, 3, 0]); // Balances.transfer_keep_alive, MultiAddress::Id
    const payload = encodeSignedPayload(envelope.call, envelope.extra, {
      specVersion: 7,
      transactionVersion: 3,
      genesisHash: GENESIS as Hash,
      blockHash: BEST as Hash,
    });
    assert.ok(alice.verify(payload, envelope.signature));
  });

  it('waits for finality when asked, reporting progress', async () => {
    const chain = createFakeChain();
    const stages: [string, string][] = [];
    const receipt = await transfer(chain.client, {
      signer: alice,
      to: bob.address,
      amount: 1n,
      waitFor: 'finalized',
      onStatus: (stage, hash) => stages.push([stage, hash]),
    });
    assert.equal(receipt.finalized, true);
    assert.deepEqual(
      stages,
      ['signed', 'ready', 'inBlock', 'finalized'].map((stage) => [stage, receipt.hash]),
    );
  });

  it('throws ExtrinsicFailedError with subtensor error name and description, or returns it when asked', async () => {
    const failed = {
      pallet: 'System',
      name: 'ExtrinsicFailed',
      data: {
        module: 'SubtensorModule',
        error: 'NotEnoughBalanceToStake',
        message: 'SubtensorModule.NotEnoughBalanceToStake: 5 > 4',
      },
    };
    const chain = createFakeChain({ events: [failed] });
    const hotkey = bob.address;
    const error = await addStake(chain.client, { signer: alice, hotkey, netuid: 1, amount: 5n }).catch(
      (e: unknown) => e,
    );
    assert.ok(error instanceof ExtrinsicFailedError);
    assert.equal(error.code, 'TX_FAILED');
    assert.equal(error.errorName, 'NotEnoughBalanceToStake');
    assert.equal(error.shortMessage, 'Transaction failed: SubtensorModule.NotEnoughBalanceToStake');
    assert.equal(error.detail, 'The coldkey balance is lower than the amount asked for. (5 > 4)');
    assert.match(error.hint ?? '', /balance/);
    assert.equal(error.receipt.status, 'failed');
    const receipt = await addStake(chain.client, {
      signer: alice,
      hotkey,
      netuid: 1,
      amount: 5n,
      throwOnFailure: false,
    });
    assert.equal(receipt.error?.name, 'NotEnoughBalanceToStake');
  });

  it("maps the pool's refusal to TransactionRejectedError with a hint", async () => {
    const chain = createFakeChain({
      reject: new RpcError(1010, 'Invalid Transaction', 'Inability to pay some fees'),
    });
    const error = await transfer(chain.client, { signer: bob, to: alice.address, amount: 1n }).catch(
      (e: unknown) => e,
    );
    assert.ok(error instanceof TransactionRejectedError);
    assert.equal(error.reason, 'invalid');
    assert.match(error.message, /Inability to pay some fees/);
    assert.match(error.hint ?? '', /fee/);
  });

  it('rejects a transaction the pool drops or reports invalid while watching', async () => {
    const chain = createFakeChain({ statuses: ['ready', 'invalid'] });
    await assert.rejects(
      transfer(chain.client, { signer: alice, to: bob.address, amount: 1n }),
      TransactionRejectedError,
    );
  });

  it('submits without waiting, and estimates fees', async () => {
    const chain = createFakeChain({
      methods: {
        author_submitExtrinsic: () => `0x${'44'.repeat(32)}`,
        payment_queryInfo: () => ({
          weight: { refTime: 1, proofSize: 0 },
          class: 'normal',
          partialFee: '125000',
        }),
      },
    });
    const call = { pallet: 'Balances' as const, name: 'x', args: {}, bytes: Uint8Array.of(5, 3) };
    assert.equal(await submitTransaction(chain.client, { signer: alice, call }), `0x${'44'.repeat(32)}`);
    assert.equal(await estimateFee(chain.client, { signer: alice, call }), 125_000n);
  });
});

describe('stake and sudo actions', () => {
  it('protects addStake with a limit price 0.5% above the current price by default', async () => {
    const chain = createFakeChain({ price: '2000000000' });
    await addStake(chain.client, { signer: alice, hotkey: bob.address, netuid: 3, amount: 7n });
    const envelope = decodeExtrinsicEnvelope(fromHex(chain.submitted[0]!));
    assert.deepEqual([...envelope.call.slice(0, 2)], [7, 88]); // add_stake_limit
    const limit = Buffer.from(envelope.call.slice(2 + 32 + 2 + 8, 2 + 32 + 2 + 16)).readBigUInt64LE();
    assert.equal(limit, 2_010_000_000n);
    await addStake(chain.client, {
      signer: alice,
      hotkey: bob.address,
      netuid: 3,
      amount: 7n,
      slippage: false,
    });
    assert.deepEqual([...decodeExtrinsicEnvelope(fromHex(chain.submitted[1]!)).call.slice(0, 2)], [7, 2]);
  });

  it('claims root dividends on a sorted set of subnets, and sets the claim type', async () => {
    const chain = createFakeChain();
    await claimRoot(chain.client, { signer: alice, netuids: [4, 1, 4] });
    assert.deepEqual(
      [...decodeExtrinsicEnvelope(fromHex(chain.submitted[0]!)).call],
      [7, 121, 8, 1, 0, 4, 0],
    );
    await setRootClaimType(chain.client, { signer: alice, claimType: { keepSubnets: [3] } });
    assert.deepEqual([...decodeExtrinsicEnvelope(fromHex(chain.submitted[1]!)).call], [7, 122, 2, 4, 3, 0]);
    await setRootClaimType(chain.client, { signer: alice, claimType: 'swap' });
    assert.deepEqual([...decodeExtrinsicEnvelope(fromHex(chain.submitted[2]!)).call], [7, 122, 0]);
  });

  it("reports a sudo call's inner failure (Sudid) as ExtrinsicFailedError", async () => {
    const sudid = {
      pallet: 'Sudo',
      name: 'Sudid',
      data: {
        sudoResult: {
          ok: false,
          module: 'AdminUtils',
          error: 'Deprecated',
          message: 'AdminUtils.Deprecated',
        },
      },
    };
    const chain = createFakeChain({
      events: [sudid, { pallet: 'System', name: 'ExtrinsicSuccess', data: {} }],
    });
    const error = await setHyperparameter(chain.client, {
      signer: alice,
      name: 'sudo_set_total_issuance',
      args: { total_issuance: 1n },
      sudo: true,
    }).catch((e: unknown) => e);
    assert.ok(error instanceof ExtrinsicFailedError);
    assert.equal(error.moduleError.pallet, 'AdminUtils');
    assert.equal(error.errorName, 'Deprecated');
    const call = decodeExtrinsicEnvelope(fromHex(chain.submitted[0]!)).call;
    assert.deepEqual([...call.slice(0, 4)], [12, 0, 19, 33]); // Sudo.sudo(AdminUtils.sudo_set_total_issuance)
  });
});
