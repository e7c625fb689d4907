import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DocumentTruth, type OcrLine, type Quad, scoreOcrResponse } from '../../src/index.js';

const rect = (x: number, y: number, w: number, h: number): Quad => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];
const asBox = (q: Quad) => q.map(([x, y]) => [x, y]) as OcrLine['box'];

const truth: DocumentTruth = {
  width: 600,
  height: 200,
  lines: [
    { text: 'Hello world', quad: rect(10, 10, 200, 30) },
    { text: 'Second line', quad: rect(10, 60, 200, 30) },
    { text: 'Right column', quad: rect(300, 10, 200, 30) },
  ],
};
const perfect = { lines: truth.lines.map((l) => ({ text: l.text, box: asBox(l.quad), confidence: 0.9 })) };
const chars = 'Hello world'.length + 'Second line'.length + 'Right column'.length;

describe('scoreOcrResponse', () => {
  it('gives 1 to the truth itself, answered fast', () => {
    const s = scoreOcrResponse(truth, perfect, 100);
    assert.equal(s.valid, true);
    assert.equal(s.cer, 0);
    assert.equal(s.boxScore, 1);
    assert.equal(s.score, 1);
  });

  it('counts character errors against the true characters', () => {
    const answer = structuredClone(perfect);
    (answer.lines[0] as OcrLine).text = 'Hellp world!';
    const s = scoreOcrResponse(truth, answer, 0);
    assert.equal(s.cer, 2 / chars);
    assert.equal(s.boxScore, 1);
    assert.ok(Math.abs(s.score - (0.65 * (1 - 2 / chars) + 0.35)) < 1e-12);
  });

  it('reads a line answered in pieces in order, but the pieces do not count as box matches', () => {
    const answer = {
      lines: [
        { text: 'world', box: asBox(rect(120, 10, 90, 30)), confidence: 1 },
        { text: 'Hello', box: asBox(rect(10, 10, 95, 30)), confidence: 1 },
        ...perfect.lines.slice(1),
      ],
    };
    const s = scoreOcrResponse(truth, answer, 0);
    assert.equal(s.cer, 0);
    assert.equal(s.matchedBoxes, 2);
    assert.ok(s.boxScore < 1);
  });

  it('penalizes two columns merged into one line and one box', () => {
    const merged = {
      lines: [
        { text: 'Hello world Right column', box: asBox(rect(10, 10, 490, 30)), confidence: 1 },
        perfect.lines[1] as OcrLine,
      ],
    };
    const s = scoreOcrResponse(truth, merged, 0);
    assert.equal(s.cer, (13 + 12) / chars);
    assert.equal(s.matchedBoxes, 1);
  });

  it('gives no text credit without boxes at the right place (boxes are the evidence)', () => {
    const moved = {
      lines: perfect.lines.map((l, i) => ({ ...l, box: asBox(rect(20 + 60 * i, 150, 50, 20)) })),
    };
    const s = scoreOcrResponse(truth, moved, 0);
    assert.equal(s.cer, 2);
    assert.equal(s.score, 0);
  });

  it('scales quality by latency: full credit to the target, 0.8 at the timeout', () => {
    assert.equal(scoreOcrResponse(truth, perfect, 2000).score, 1);
    assert.ok(Math.abs(scoreOcrResponse(truth, perfect, 7000).score - 0.9) < 1e-12);
    assert.equal(scoreOcrResponse(truth, perfect, 12000).score, 0.8);
    assert.equal(scoreOcrResponse(truth, perfect, Number.NaN).score, 0.8);
    assert.equal(scoreOcrResponse(truth, perfect, 3000, { latencyWeight: 0 }).score, 1);
  });

  it('scores an empty answer 0', () => {
    const s = scoreOcrResponse(truth, { lines: [] }, 0);
    assert.equal(s.valid, true);
    assert.equal(s.score, 0);
    assert.equal(s.cer, 1);
  });

  it('scores malformed answers 0 without throwing', () => {
    const line = perfect.lines[0] as OcrLine;
    const bad: unknown[] = [
      null,
      undefined,
      'text',
      42,
      {},
      { lines: 'x' },
      { lines: [null] },
      { lines: [{ ...line, text: 7 }] },
      { lines: [{ ...line, box: line.box.slice(0, 3) }] },
      {
        lines: [
          {
            ...line,
            box: [
              [0, 0],
              [1, 1],
              [2, 2],
              [Number.NaN, 3],
            ],
          },
        ],
      },
      {
        lines: [
          {
            ...line,
            box: [
              [0, 0],
              [1, 1],
              [2, 2],
              [Number.POSITIVE_INFINITY, 3],
            ],
          },
        ],
      },
      { lines: [{ ...line, confidence: 1.5 }] },
      { lines: [{ ...line, text: 'x'.repeat(1001) }] },
      { lines: Array.from({ length: 513 }, () => line) },
      new Proxy(
        {},
        {
          get() {
            throw new Error('hostile getter');
          },
        },
      ),
    ];
    for (const answer of bad) {
      const s = scoreOcrResponse(truth, answer, 0);
      assert.equal(s.score, 0);
      assert.equal(s.valid, false, String(s.reason));
    }
  });

  it('rejects a million-line answer at once and bounds the work of the largest valid one', () => {
    const line = perfect.lines[0] as OcrLine;
    let t = performance.now();
    assert.equal(scoreOcrResponse(truth, { lines: new Array(1_000_000).fill(line) }, 0).valid, false);
    assert.ok(performance.now() - t < 200);
    const huge = {
      lines: Array.from({ length: 512 }, (_, i) => ({
        text: 'Hello world '.repeat(83),
        box: asBox(rect(10 + (i % 8), 10 + (i % 3), 200, 30)),
        confidence: 1,
      })),
    };
    t = performance.now();
    const s = scoreOcrResponse(truth, huge, 0);
    assert.ok(performance.now() - t < 3000, `${performance.now() - t} ms`);
    assert.equal(s.valid, true);
    assert.ok(s.score < 0.05, String(s.score));
  });
});
