import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getNamedType,
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

/** Depth, cost and fields of a selection set; fragments are followed (cycles are graphql-js's to report). */
function measure(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined | null,
  w: Walk,
): Measure {
  let depth = 0;
  let cost = 0;
  let fields = 0;
  for (const s of set.selections) {
    let inner: Measure | null = null;
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith('__')) continue;
      const def = fieldsOf(parent)[s.name.value];
      const type = def ? getNamedType(def.type) : undefined;
      const sub = s.selectionSet ? measure(s.selectionSet, type, w) : { depth: 0, cost: 0 };
      inner = {
        depth: sub.depth + 1,
        cost: 1 + multiplier(s, def, w.variables) * sub.cost,
        fields: 1,
      };
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      const on = s.typeCondition ? w.schema.getType(s.typeCondition.name.value) : parent;
      inner = measure(s.selectionSet, on, w);
    } else {
      const f = w.fragments.get(s.name.value);
      if (!f || w.visiting.has(f.name.value)) continue;
      w.visiting.add(f.name.value);
      inner = measure(f.selectionSet, w.schema.getType(f.typeCondition.name.value), w);
      w.visiting.delete(f.name.value);
    }
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
    const {
      depth,
      cost,
      fields: rootFields,
    } = measure(op.selectionSet, root, {
      schema: o.schema,
      fragments,
      variables: o.variables,
      visiting: new Set(),
    });
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
