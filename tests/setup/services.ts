// Integration and e2e tests run against the throwaway PostgreSQL, Redis and SMTP that scripts/test.ts
// starts; it passes their addresses through the environment. Nothing here starts services.
export {};
