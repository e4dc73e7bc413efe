/** Holds the table's name search (never in the URL); see search-action.ts. */
export const SEARCH_COOKIE = "zairyu_employee_search";
