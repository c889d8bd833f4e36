import type { Resolvers } from '../generated/resolvers';
import { graphQueries, graphTypes } from './graph';
import { mutations } from './mutation';
import { listQueries } from './query';
import { typeResolvers } from './types';

export const resolvers: Resolvers = {
  ...typeResolvers,
  ...graphTypes,
  Query: { ...listQueries, ...graphQueries },
  Mutation: mutations,
};
