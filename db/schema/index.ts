export * from "./audit";
export * from "./auth";
export * from "./companies";
export * from "./employees";
export * from "./rls";
