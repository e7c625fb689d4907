import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLogger, MetricsRegistry } from '../../../src/index.js';

describe('metrics and logs', () => {
  it('renders Prometheus text', () => {
    const registry = new MetricsRegistry();
    registry.counter('c_total', 'A counter.').inc({ method: 'a"b' }, 2);
    registry.gauge('g', 'A gauge.', () => 7);
    registry.histogram('h_seconds', 'A histogram.', [0.1, 1]).observe(0.5);
    const text = registry.render();
    assert.match(text, /# TYPE c_total counter\nc_total\{method="a\\"b"\} 2/);
    assert.match(text, /\ng 7\n/);
    assert.match(
      text,
      /h_seconds_bucket\{le="0.1"\} 0\nh_seconds_bucket\{le="1"\} 1\nh_seconds_bucket\{le="\+Inf"\} 1\nh_seconds_sum 0.5\nh_seconds_count 1/,
    );
  });

  it('logs JSON lines or text, below a level', () => {
    const lines: string[] = [];
    const now = () => new Date(0);
    const json = createLogger({ format: 'json', level: 'info', write: (l) => lines.push(l), now }).child({
      part: 'x',
    });
    json.debug('hidden');
    json.info('hello', { n: 5n, e: new Error('boom') });
    createLogger({ write: (l) => lines.push(l), now }).warn('careful', { a: 'b c' });
    assert.deepEqual(JSON.parse(lines[0]!), {
      time: '1970-01-01T00:00:00.000Z',
      level: 'info',
      msg: 'hello',
      part: 'x',
      n: '5',
      e: { message: 'boom' },
    });
    assert.equal(lines[1], '1970-01-01T00:00:00.000Z WARN  careful a="b c"');
    assert.equal(lines.length, 2);
  });
});
