/** The fixed-point types subtensor uses (substrate-fixed names). */
import { createFixedType, type Fixed } from './fixedType.js';

export const I32F32 = createFixedType({ name: 'I32F32', totalBits: 64, fracBits: 32, signed: true });
export type I32F32 = Fixed<'I32F32'>;

export const I64F64 = createFixedType({ name: 'I64F64', totalBits: 128, fracBits: 64, signed: true });
export type I64F64 = Fixed<'I64F64'>;

export const I96F32 = createFixedType({ name: 'I96F32', totalBits: 128, fracBits: 32, signed: true });
export type I96F32 = Fixed<'I96F32'>;

export const U64F64 = createFixedType({ name: 'U64F64', totalBits: 128, fracBits: 64, signed: false });
export type U64F64 = Fixed<'U64F64'>;

export const U96F32 = createFixedType({ name: 'U96F32', totalBits: 128, fracBits: 32, signed: false });
export type U96F32 = Fixed<'U96F32'>;

export const I110F18 = createFixedType({ name: 'I110F18', totalBits: 128, fracBits: 18, signed: true });
export type I110F18 = Fixed<'I110F18'>;

export const U110F18 = createFixedType({ name: 'U110F18', totalBits: 128, fracBits: 18, signed: false });
export type U110F18 = Fixed<'U110F18'>;
