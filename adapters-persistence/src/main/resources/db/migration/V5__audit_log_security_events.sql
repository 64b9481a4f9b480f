-- Security events join the audit trail (refresh-token reuse, lockouts by the failed-login policy),
-- and every entry a request caused records the address it came from.

ALTER TABLE audit_log ADD COLUMN source_ip VARCHAR(64);  -- null: no request caused it (the purge)

ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_check;  -- named by PostgreSQL for V2's inline check
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('SOFT_DELETE', 'RESTORE', 'PERMANENT_DELETE', 'PURGE', 'REFRESH_TOKEN_REUSE', 'LOCKOUT'));
