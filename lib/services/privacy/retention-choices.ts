/** Pure (no I/O), so the settings form can import it: the choices of retention period, in years. */
export const RETENTION_YEARS_DEFAULT = 3;
export const RETENTION_YEARS_CHOICES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
