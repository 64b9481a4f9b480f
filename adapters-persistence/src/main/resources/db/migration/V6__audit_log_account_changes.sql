-- Account changes join the audit trail: display name, password, logging out everywhere. The list
-- names the security events of the audit trail as well, so that it holds whichever migration runs last.

ALTER TABLE audit_log DROP CONSTRAINT IF EXISTS audit_log_action_check;  -- named by PostgreSQL for V2's inline check
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check
    CHECK (action IN ('SOFT_DELETE', 'RESTORE', 'PERMANENT_DELETE', 'PURGE', 'REFRESH_TOKEN_REUSE', 'LOCKOUT',
                      'PROFILE_UPDATE', 'PASSWORD_CHANGE', 'LOGOUT_ALL'));
