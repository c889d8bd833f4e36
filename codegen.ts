import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL, so resolvers that drift from the schema fail to compile.
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string' },
        contextType: '../context#ApiContext',
        mappers: {
          Person: '../models#PersonModel',
          Organisation: '../models#OrganisationModel',
          Meeting: '../models#MeetingModel',
          Proposal: '../models#ProposalModel',
          Theme: '../models#ThemeModel',
          Document: '../models#DocumentModel',
          Evidence: '../models#EvidenceModel',
          Post: '../models#RelationModel',
          Representation: '../models#RelationModel',
          Attendance: '../models#RelationModel',
          Chairing: '../models#RelationModel',
          Convening: '../models#RelationModel',
          GraphEdge: '../models#GraphEdgeModel',
          PersonConnection: '../models#ConnectionModel<PersonModel>',
          OrganisationConnection: '../models#ConnectionModel<OrganisationModel>',
          MeetingConnection: '../models#ConnectionModel<MeetingModel>',
          ProposalConnection: '../models#ConnectionModel<ProposalModel>',
          ThemeConnection: '../models#ConnectionModel<ThemeModel>',
        },
      },
    },
  },
};
export default config;
