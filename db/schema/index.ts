export * from "./audit";
export * from "./auth";
export * from "./companies";
export * from "./employees";
export * from "./rls";
export * from "./duties";
export * from "./integrations";
export * from "./self-service";
