/** Lines the demo prints after start-up (e.g. a demo API key once API keys exist). */
export async function demoExtras(): Promise<string[]> {
  return [];
}
