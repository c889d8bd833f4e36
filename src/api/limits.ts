import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldMap,
  type GraphQLNamedType,
  type GraphQLSchema,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface Limits {
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most fields a query may resolve, counting each list as `first`/`limit` items. */
  maxCost: number;
  /**
   * Most root fields in one operation, aliases counted. Each root field runs statements of its
   * own, whatever it selects: without this, 4,000 aliased `whoAdvocated` cost 44,000 and
   * passed, one request asking Neo4j for minutes of work.
   */
  maxRootFields: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxCost: 50_000, maxRootFields: 20 };

const SLICING_ARGS = ['first', 'limit'];

/**
 * How many items a field may return: its `first`/`limit` argument as given (literal or
 * variable) or the schema's default for it; 1 for a field without one.
 */
function multiplier(
  field: FieldNode,
  def: GraphQLField<unknown, unknown> | undefined,
  variables: Record<string, unknown>,
): number {
  for (const name of SLICING_ARGS) {
    const given = field.arguments?.find((a) => a.name.value === name);
    if (given?.value.kind === Kind.INT) return Math.max(1, Number(given.value.value));
    if (given?.value.kind === Kind.VARIABLE) {
      const v = variables[given.value.name.value];
      if (typeof v === 'number') return Math.max(1, v);
    }
    const fallback = def?.args.find((a) => a.name === name)?.defaultValue;
    if (typeof fallback === 'number') return Math.max(1, fallback);
  }
  return 1;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  visiting: Set<string>;
  /**
   * Each fragment measured once: a fragment's measure depends only on its own text and type
   * condition, and without this `fragment F1 { ...F0 ...F0 }` over 22 levels walked 4 million
   * selections (3.2 s of blocked event loop for a 1.2 kB query).
   */
  measured: Map<string, Measure>;
  /** Selections walked, for the test that the walk is linear in the document. */
  visits: number;
}

function fieldsOf(type: GraphQLNamedType | undefined | null): GraphQLFieldMap<unknown, unknown> {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
}

interface Measure {
  depth: number;
  cost: number;
  /** Fields asked for at the set's own level, fragments included (`__typename` is free). */
  fields: number;
}

const introspectionCosts = new WeakMap<GraphQLSchema, number>();

/**
 * What `__schema` or `__type` costs, whatever it selects: the size of the whole schema (types,
 * fields, arguments, enum values), an upper bound of what an introspection answer holds. Its
 * lists have no page size to multiply by, and counting them as free let 3,000 aliased
 * `__schema` build a 147 MB answer.
 */
function introspectionCost(schema: GraphQLSchema): number {
  const known = introspectionCosts.get(schema);
  if (known !== undefined) return known;
  let cost = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    cost += 1;
    if (isObjectType(type) || isInterfaceType(type))
      for (const f of Object.values(type.getFields())) cost += 1 + f.args.length;
    else if (isInputObjectType(type)) cost += Object.keys(type.getFields()).length;
    else if (isEnumType(type)) cost += type.getValues().length;
  }
  introspectionCosts.set(schema, cost);
  return cost;
}

function measureField(
  s: FieldNode,
  parent: GraphQLNamedType | undefined | null,
  w: Walk,
): Measure | null {
  const name = s.name.value;
  if (name === '__typename') return null;
  if (name === '__schema' || name === '__type')
    return { depth: 1, cost: introspectionCost(w.schema), fields: 1 };
  const def = fieldsOf(parent)[name];
  const type = def ? getNamedType(def.type) : undefined;
  const sub = s.selectionSet ? measure(s.selectionSet, type, w) : { depth: 0, cost: 0 };
  return { depth: sub.depth + 1, cost: 1 + multiplier(s, def, w.variables) * sub.cost, fields: 1 };
}

function measureFragment(f: FragmentDefinitionNode, w: Walk): Measure | null {
  const name = f.name.value;
  const known = w.measured.get(name);
  if (known) return known;
  // A cycle is graphql-js's to report (validation runs first); here it only must not loop.
  if (w.visiting.has(name)) return null;
  w.visiting.add(name);
  const m = measure(f.selectionSet, w.schema.getType(f.typeCondition.name.value), w);
  w.visiting.delete(name);
  w.measured.set(name, m);
  return m;
}

/** Depth, cost and fields of a selection set; each fragment is measured once. */
function measure(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined | null,
  w: Walk,
): Measure {
  let depth = 0;
  let cost = 0;
  let fields = 0;
  for (const s of set.selections) {
    w.visits += 1;
    let inner: Measure | null = null;
    if (s.kind === Kind.FIELD) inner = measureField(s, parent, w);
    else if (s.kind === Kind.INLINE_FRAGMENT) {
      const on = s.typeCondition ? w.schema.getType(s.typeCondition.name.value) : parent;
      inner = measure(s.selectionSet, on, w);
    } else {
      const f = w.fragments.get(s.name.value);
      inner = f ? measureFragment(f, w) : null;
    }
    if (!inner) continue;
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
    fields += inner.fields;
  }
  return { depth, cost, fields };
}

/**
 * Refuses queries with more than `maxRootFields` root fields, nested deeper than `maxDepth`
 * or costing more than `maxCost`, before any
 * resolver runs, so a hostile query cannot make Neo4j do unbounded work. It runs once the
 * operation is known (an Apollo plugin), because the cost depends on the variables.
 */
export function checkLimits(
  o: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName: string | null;
    variables: Record<string, unknown>;
  },
  limits: Limits,
  /** Counts the selections walked (a test's way to see the walk is linear). */
  stats?: { visits: number },
): GraphQLError | null {
  const fragments = new Map(
    o.document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const ops = o.document.definitions.filter(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (o.operationName === null || d.name?.value === o.operationName),
  );
  for (const op of ops) {
    const root =
      op.operation === OperationTypeNode.MUTATION
        ? o.schema.getMutationType()
        : o.schema.getQueryType();
    const walk: Walk = {
      schema: o.schema,
      fragments,
      variables: o.variables,
      visiting: new Set(),
      measured: new Map(),
      visits: 0,
    };
    const { depth, cost, fields: rootFields } = measure(op.selectionSet, root, walk);
    if (stats) stats.visits += walk.visits;
    const refuse = (message: string): GraphQLError =>
      new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    if (rootFields > limits.maxRootFields)
      return refuse(
        `${rootFields} root fields exceed the limit of ${limits.maxRootFields} (aliases count: each runs its own Cypher)`,
      );
    if (depth > limits.maxDepth)
      return refuse(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`);
    if (cost > limits.maxCost)
      return refuse(
        `query cost ${cost} exceeds the limit of ${limits.maxCost} (a list counts as its first/limit)`,
      );
  }
  return null;
}
