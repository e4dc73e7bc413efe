/** The scenario fixture (a copy of shared/domain/scenarios.json) split into requests and expectations. */
import raw from "../../fixtures/scenarios.json";
import type { ScenarioExpect } from "./scenario-matcher";

export type Scenario = { id: string; title: string; request: unknown; expect: ScenarioExpect };

export const SCENARIOS: Scenario[] = raw.cases.map((c) => ({
  id: c.id,
  title: c.title,
  request: { asOf: c.asOf, person: c.person, events: c.events },
  expect: c.expect as ScenarioExpect,
}));

export const SCENARIOS_ABOUT: string = raw.about;
