/**
 * How a JSON-RPC method is declared: positional parameters (each with a name and a typebox schema;
 * optional ones last), a result schema, docs. A subscription names its subscribe, unsubscribe and
 * notification methods and the schema of each item it sends. The server router and the client are
 * both typed from these declarations.
 */
import type { Static, TSchema } from '@sinclair/typebox';

export interface ParamDef<S extends TSchema = TSchema, Optional extends boolean = boolean> {
  readonly name: string;
  readonly schema: S;
  readonly optional: Optional;
}

export function param<S extends TSchema>(name: string, schema: S): ParamDef<S, false> {
  return { name, schema, optional: false };
}

export function optionalParam<S extends TSchema>(name: string, schema: S): ParamDef<S, true> {
  return { name, schema, optional: true };
}

export interface MethodDef<
  Name extends string = string,
  Params extends readonly ParamDef[] = readonly ParamDef[],
  Result extends TSchema = TSchema,
> {
  readonly kind: 'method';
  readonly name: Name;
  readonly params: Params;
  readonly result: Result;
  readonly docs: string;
}

export interface SubscriptionDef<
  Name extends string = string,
  Params extends readonly ParamDef[] = readonly ParamDef[],
  Item extends TSchema = TSchema,
> {
  readonly kind: 'subscription';
  /** the subscribe method */
  readonly name: Name;
  readonly unsubscribe: string;
  /** the `method` of each notification */
  readonly notification: string;
  readonly params: Params;
  readonly item: Item;
  readonly docs: string;
}

export function defineMethod<
  const Name extends string,
  const Params extends readonly ParamDef[],
  Result extends TSchema,
>(def: Omit<MethodDef<Name, Params, Result>, 'kind'>): MethodDef<Name, Params, Result> {
  return { kind: 'method', ...def };
}

export function defineSubscription<
  const Name extends string,
  const Params extends readonly ParamDef[],
  Item extends TSchema,
>(def: Omit<SubscriptionDef<Name, Params, Item>, 'kind'>): SubscriptionDef<Name, Params, Item> {
  return { kind: 'subscription', ...def };
}

/** The positional arguments of a parameter list: optional ones may be left out (or undefined). */
export type ArgsOf<P extends readonly ParamDef[]> = P extends readonly [
  infer Head extends ParamDef,
  ...infer Tail extends readonly ParamDef[],
]
  ? Head extends ParamDef<infer S, true>
    ? [(Static<S> | undefined)?, ...ArgsOf<Tail>]
    : Head extends ParamDef<infer S, false>
      ? [Static<S>, ...ArgsOf<Tail>]
      : never
  : [];

/** The arguments as the server handler receives them (optional ones possibly undefined). */
export type HandlerArgsOf<P extends readonly ParamDef[]> = P extends readonly [
  infer Head extends ParamDef,
  ...infer Tail extends readonly ParamDef[],
]
  ? Head extends ParamDef<infer S, true>
    ? [Static<S> | undefined, ...HandlerArgsOf<Tail>]
    : Head extends ParamDef<infer S, false>
      ? [Static<S>, ...HandlerArgsOf<Tail>]
      : never
  : [];
