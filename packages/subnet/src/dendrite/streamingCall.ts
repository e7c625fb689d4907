/**
 * A call to a streaming synapse (the SDK's `StreamingSynapse` + `dendrite(..., streaming=True)`): the axon
 * answers 200 with `text/event-stream` and writes raw chunks (no framing); the caller iterates the items
 * (the definition's `parseChunks`, UTF-8 text chunks by default), then `finished()` gives the final synapse
 * (the definition's `finish` hook filled it from the items and headers). The call's timeout covers the whole
 * stream, as in the SDK. An axon refusal (401, 403, ...) yields no items and a final synapse carrying it.
 */
import type http from 'node:http';
import { TaonetError } from '@taonet/primitives';
import { parseJson } from '../python/parseJson.js';
import {
  getSynapseDefinition,
  type StreamingOpts,
  type Synapse,
  type SynapseData,
  type SynapseFields,
} from '../synapse/defineSynapse.js';
import type { AxonTarget } from './axonTarget.js';
import { applyError, applyFailure, type DendriteIdentity, prepareRequest } from './dendriteRequest.js';
import { readBody, sendRequest, TransportError } from './httpExchange.js';

export interface StreamingCall<F extends SynapseFields, D, C> extends AsyncIterable<C> {
  /** Drains what was not iterated, then resolves with the final synapse (never rejects on failure). */
  finished(): Promise<Synapse<F, D, C>>;
}

export interface StreamingCallContext {
  target: AxonTarget;
  timeout: number;
  identity: DendriteIdentity;
  nonce: bigint;
  agent: http.Agent;
  host: string;
  maxResponseBytes: number;
  deadline: { signal: AbortSignal; clear(): void };
}

async function* limitedChunks(response: http.IncomingMessage, maxBytes: number): AsyncIterable<Uint8Array> {
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new TransportError('tooLarge', `stream exceeds the ${maxBytes}-byte limit`);
    yield chunk;
  }
  if (!response.complete) throw new TransportError('payload', 'the stream ended before its last chunk');
}

async function* textChunks(chunks: AsyncIterable<Uint8Array>): AsyncIterable<string> {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

function wrapError(error: unknown, signal: AbortSignal): Error {
  if (signal.aborted)
    return new TransportError(
      String(signal.reason?.name) === 'DeadlineExceeded' ? 'timeout' : 'aborted',
      'aborted',
    );
  return error instanceof Error ? error : new Error(String(error));
}

async function* runStream<F extends SynapseFields, D, C>(
  synapse: Synapse<F, D, C>,
  context: StreamingCallContext,
  settle: (final: Synapse<F, D, C>) => void,
): AsyncGenerator<C> {
  const definition = getSynapseDefinition(synapse);
  const streaming = definition.streaming as StreamingOpts<F, C>;
  const started = performance.now();
  const { local, headers, body } = prepareRequest(
    definition,
    synapse,
    context.target,
    context.timeout,
    context.identity,
    context.nonce,
  );
  const { signal } = context.deadline;
  let response: http.IncomingMessage | undefined;
  try {
    response = await sendRequest({
      agent: context.agent,
      host: context.host,
      port: context.target.port,
      path: `/${definition.name}`,
      headers,
      body,
      signal,
    });
    if (response.statusCode !== 200) {
      const text = (await readBody(response, context.maxResponseBytes, signal)).toString('utf8');
      const json = parseJson(text) as { message?: unknown } | null;
      applyFailure(
        local,
        response.statusCode ?? 500,
        typeof json?.message === 'string' ? json.message : null,
        response.headers,
        started,
      );
      return;
    }
    const chunks = limitedChunks(response, context.maxResponseBytes);
    const parse =
      streaming.parseChunks ?? (textChunks as unknown as NonNullable<StreamingOpts<F, C>['parseChunks']>);
    const items: C[] = [];
    for await (const item of parse(chunks, local as SynapseData<F>)) {
      items.push(item);
      yield item;
    }
    streaming.finish?.(local as SynapseData<F>, items, response.headers);
    applyFailure(local, 200, 'Success', response.headers, started);
  } catch (error) {
    applyError(local, wrapError(error, signal), started);
  } finally {
    context.deadline.clear();
    if (response !== undefined && !response.complete) response.destroy();
    if (local.dendrite.statusCode === null) {
      applyError(local, new TransportError('aborted', 'the caller stopped reading the stream'), started);
    }
    settle(local);
  }
}

/** Sends a streaming synapse; see StreamingCall. */
export function openStreamingCall<F extends SynapseFields, D, C>(
  synapse: Synapse<F, D, C>,
  context: StreamingCallContext,
): StreamingCall<F, D, C> {
  if (getSynapseDefinition(synapse).streaming === null) {
    context.deadline.clear();
    throw new TaonetError('NOT_STREAMING', `synapse ${synapse.name} is not a streaming synapse`);
  }
  let settle!: (final: Synapse<F, D, C>) => void;
  const result = new Promise<Synapse<F, D, C>>((resolve) => {
    settle = resolve;
  });
  const generator = runStream(synapse, context, settle);
  return {
    [Symbol.asyncIterator]: () => generator,
    async finished() {
      for (;;) if ((await generator.next()).done) break;
      return result;
    },
  };
}
