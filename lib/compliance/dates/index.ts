/** Date helpers: ISO Japan calendar dates, integer day arithmetic, closed days (RULES R0, R11). */
export * from "./closed-days";
export * from "./day-number";
export * from "./months";
