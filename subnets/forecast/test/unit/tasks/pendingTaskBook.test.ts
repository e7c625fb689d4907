import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  createForecastAnswer,
  type ForecastTask,
  PendingTaskBook,
  readJsonFile,
  writeJsonFile,
} from '@taonet/subnet-forecast';

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const BOB = '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty';
const CAROL = '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y';

function task(id: string): { task: ForecastTask; truth: number[] } {
  return { task: { task_id: id, history: [1, 2, 3, 4, 5, 6], horizon: 3, interval_s: 60 }, truth: [7, 8, 9] };
}

describe('PendingTaskBook', () => {
  it('runs commit, reveal and delayed scoring', () => {
    const book = new PendingTaskBook({ commitWindow: 10, ttl: 30 });
    const { task: t, truth } = task('t1');
    assert.deepEqual(book.add(t, truth, 100), []);
    const good = createForecastAnswer(ALICE, t, { point: [7, 8, 9] });
    const weak = createForecastAnswer(BOB, t, { point: [6, 6, 6] });
    const silent = createForecastAnswer(CAROL, t, { point: [7, 8, 9] });
    assert.equal(book.recordCommit(good.commit, ALICE, 105), 'accepted');
    assert.equal(book.recordCommit(weak.commit, BOB, 110), 'accepted');
    assert.equal(book.recordCommit(silent.commit, CAROL, 110), 'accepted');
    assert.equal(book.recordCommit(good.commit, ALICE, 106), 'duplicate');
    assert.equal(book.recordCommit(good.commit, 'late-key', 111), 'late');
    assert.equal(
      book.recordCommit({ task_id: 'nope', commitment: 'a'.repeat(64) }, ALICE, 105),
      'unknown_task',
    );
    assert.equal(book.recordCommit({ task_id: 't1' }, ALICE, 105), 'malformed');

    assert.equal(book.recordReveal(good.reveal, ALICE, 110), 'too_early');
    assert.equal(book.isRevealOpen('t1', 110), false);
    assert.deepEqual(book.revealable(111), ['t1']);
    assert.equal(book.recordReveal(good.reveal, ALICE, 111), 'accepted');
    assert.equal(book.recordReveal(good.reveal, ALICE, 112), 'duplicate');
    assert.equal(book.recordReveal(good.reveal, BOB, 112), 'commitment_mismatch');
    assert.equal(book.recordReveal(weak.reveal, BOB, 112), 'accepted');
    assert.equal(book.recordReveal(good.reveal, 'stranger', 112), 'no_commit');
    assert.equal(book.recordReveal({ nope: 1 }, ALICE, 112), 'malformed');
    assert.deepEqual(book.awaitingReveal('t1'), [CAROL]);

    const settled = book.settle('t1')!;
    assert.deepEqual(settled.truth, truth);
    const byKey = Object.fromEntries(settled.scores.map((s) => [s.hotkey, s]));
    assert.equal(byKey[ALICE]!.score, 1);
    assert.ok(byKey[BOB]!.score > 0 && byKey[BOB]!.score < 0.6);
    assert.deepEqual(byKey[CAROL], { hotkey: CAROL, score: 0, revealed: false, result: null });
    assert.equal(book.size, 0);
    assert.equal(book.settle('t1'), undefined);
  });

  it('rejects a reveal that does not open the commitment', () => {
    const book = new PendingTaskBook({ commitWindow: 1, ttl: 5 });
    const { task: t, truth } = task('t2');
    book.add(t, truth, 0);
    const answer = createForecastAnswer(ALICE, t, { point: [1, 2, 3] });
    book.recordCommit(answer.commit, ALICE, 0);
    const changed = { ...answer.reveal, point: [7, 8, 9] };
    assert.equal(book.recordReveal(changed, ALICE, 2), 'commitment_mismatch');
    assert.equal(book.settle('t2')!.scores[0]!.score, 0);
  });

  it('expires old tasks, evicts the oldest when full, and survives a JSON round trip', () => {
    const book = new PendingTaskBook({ maxTasks: 2, commitWindow: 2, ttl: 10 });
    book.add(task('a').task, task('a').truth, 0);
    book.add(task('b').task, task('b').truth, 5);
    const answer = createForecastAnswer(ALICE, { task_id: 'b' }, { point: [7, 8, 9] });
    assert.equal(book.recordCommit(answer.commit, ALICE, 6), 'accepted');
    const evicted = book.add(task('c').task, task('c').truth, 6);
    assert.deepEqual(
      evicted.map((s) => s.task.task_id),
      ['a'],
    );
    assert.throws(() => book.add(task('c').task, task('c').truth, 6), /already open/);
    assert.throws(() => book.add(task('d').task, [1], 6), /truth length/);

    const dir = mkdtempSync(join(tmpdir(), 'forecast-book-'));
    try {
      writeJsonFile(join(dir, 'sub', 'book.json'), book.toJSON());
      const restored = PendingTaskBook.fromJSON(readJsonFile(join(dir, 'sub', 'book.json')), {
        maxTasks: 2,
        commitWindow: 2,
        ttl: 10,
      });
      assert.equal(JSON.stringify(restored.toJSON()), JSON.stringify(book.toJSON()));
      assert.equal(readJsonFile(join(dir, 'missing.json')), undefined);
      assert.equal(restored.recordReveal(answer.reveal, ALICE, 8), 'accepted');
      assert.deepEqual(restored.expire(14), []);
      const expired = restored.expire(15);
      assert.deepEqual(
        expired.map((s) => [s.task.task_id, s.scores.map((x) => x.score)]),
        [['b', [1]]],
      );
      assert.deepEqual(
        restored.expire(100).map((s) => s.task.task_id),
        ['c'],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    assert.throws(() => PendingTaskBook.fromJSON({ version: 2 }), /version 1/);
    assert.throws(() => new PendingTaskBook({ commitWindow: 10, ttl: 5 }), /ttl/);
  });

  it('keeps hotkeys such as __proto__ as plain entries', () => {
    const book = new PendingTaskBook({ commitWindow: 1, ttl: 5 });
    book.add(task('p').task, task('p').truth, 0);
    const answer = createForecastAnswer('__proto__', { task_id: 'p' }, { point: [7, 8, 9] });
    assert.equal(book.recordCommit(answer.commit, '__proto__', 0), 'accepted');
    assert.equal(book.recordReveal(answer.reveal, '__proto__', 2), 'accepted');
    assert.deepEqual(
      book.settle('p')!.scores.map((s) => [s.hotkey, s.score]),
      [['__proto__', 1]],
    );
    assert.equal(({} as Record<string, unknown>).commitment, undefined);
  });
});
