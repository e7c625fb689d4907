/**
 * The OCR synapse's payloads: a validator sends an `OcrRequest` (a PNG, base64, with its size and a task id);
 * a miner answers an `OcrResponse` (text lines, each with its box as four corners clockwise from the
 * top-left, in image pixels, and a confidence in [0, 1]). The zod schemas bound every size, so a validator
 * can check an untrusted answer before scoring it.
 */
import { TaonetError } from '@taonet/primitives';
import { z } from 'zod';
import type { Quad } from './quadGeometry.js';

export const OCR_LIMITS = {
  /** longest image side, pixels */
  maxSide: 4096,
  /** base64 characters of the PNG (16 MiB of PNG) */
  maxImageB64: 22_369_624,
  maxTaskId: 128,
  /** lines per answer */
  maxLines: 512,
  /** characters per line */
  maxText: 1000,
  /** |coordinate| bound, pixels */
  maxCoordinate: 100_000,
} as const;

export interface OcrRequest {
  /** the document as PNG, standard base64 */
  image_png_b64: string;
  width: number;
  height: number;
  task_id: string;
}

export interface OcrLine {
  text: string;
  /** four corners [x, y], clockwise from the top-left of the text, image pixels */
  box: [[number, number], [number, number], [number, number], [number, number]];
  /** 0..1 */
  confidence: number;
}

export interface OcrResponse {
  lines: OcrLine[];
}

const coordinate = z.number().min(-OCR_LIMITS.maxCoordinate).max(OCR_LIMITS.maxCoordinate);
export const PointSchema = z.tuple([coordinate, coordinate]);
export const BoxSchema = z.tuple([PointSchema, PointSchema, PointSchema, PointSchema]);

export const OcrLineSchema = z.object({
  text: z.string().max(OCR_LIMITS.maxText),
  box: BoxSchema,
  confidence: z.number().min(0).max(1),
});

export const OcrResponseSchema = z.object({
  lines: z.array(OcrLineSchema).max(OCR_LIMITS.maxLines),
}) satisfies z.ZodType<OcrResponse>;

export const OcrRequestSchema = z.object({
  image_png_b64: z
    .string()
    .min(1)
    .max(OCR_LIMITS.maxImageB64)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  width: z.int().min(1).max(OCR_LIMITS.maxSide),
  height: z.int().min(1).max(OCR_LIMITS.maxSide),
  task_id: z.string().min(1).max(OCR_LIMITS.maxTaskId),
}) satisfies z.ZodType<OcrRequest>;

export function createOcrRequest(png: Uint8Array, width: number, height: number, taskId: string): OcrRequest {
  return {
    image_png_b64: Buffer.from(png.buffer, png.byteOffset, png.byteLength).toString('base64'),
    width,
    height,
    task_id: taskId,
  };
}

/** Validates a request (throws OCR_BAD_REQUEST with the zod issues) and returns its PNG bytes. */
export function decodeOcrRequest(request: unknown): { request: OcrRequest; png: Buffer } {
  const parsed = OcrRequestSchema.safeParse(request);
  if (!parsed.success) {
    throw new TaonetError('OCR_BAD_REQUEST', `invalid OCR request: ${z.prettifyError(parsed.error)}`, {
      details: { issues: parsed.error.issues.slice(0, 5) },
    });
  }
  return { request: parsed.data, png: Buffer.from(parsed.data.image_png_b64, 'base64') };
}

/** A response as the synapse carries it; `box` corners become a plain array. */
export function toOcrLine(text: string, box: Quad, confidence: number): OcrLine {
  const [a, b, c, d] = box;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    text,
    box: [
      [round(a[0]), round(a[1])],
      [round(b[0]), round(b[1])],
      [round(c[0]), round(c[1])],
      [round(d[0]), round(d[1])],
    ],
    confidence: Math.min(1, Math.max(0, Math.round(confidence * 1e4) / 1e4)),
  };
}
