-- 三权分立: a security administrator grants roles; an account the system administrator creates
-- waits, with no rights, until a role is granted to it.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('SUPERVISOR', 'LIAISON', 'UNIT_HEAD', 'LEADER', 'AUDITOR', 'ADMIN', 'SECURITY_ADMIN', 'PENDING'));
