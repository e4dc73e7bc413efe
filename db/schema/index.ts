export * from "./audit";
export * from "./auth";
export * from "./companies";
export * from "./duties";
export * from "./employees";
export * from "./integrations";
export * from "./rls";
export * from "./self-service";
