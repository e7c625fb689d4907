/**
 * A module resolve hook (registered by tao.js when running the sources) that adds the `development`
 * export condition, under which the workspace packages resolve to their TypeScript sources.
 */
export async function resolve(specifier, context, nextResolve) {
  const conditions = context.conditions.includes('development')
    ? context.conditions
    : [...context.conditions, 'development'];
  return nextResolve(specifier, { ...context, conditions });
}
