/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: '<rootDir>/test/nodeEnvironment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // nodejieba's dictionary load costs ~2 s per worker; two workers match the 2-core machines.
  maxWorkers: 2,
  testTimeout: 60000,
  // A real Neo4j for the store and API tests (embedded unless NEO4J_URI is set).
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
};
