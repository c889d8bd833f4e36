/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': 'ts-jest' },
  // nodejieba's dictionary load costs ~2 s per worker; two workers match the 2-core machines.
  maxWorkers: 2,
  testTimeout: 30000,
};
