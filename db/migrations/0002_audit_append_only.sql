-- The audit log is append-only for the application: history is never rewritten.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM zairyu_app;
