-- The privileges of the role the Jobspor server connects as (DATABASE_URL) on
-- PostgreSQL, when the tables are owned by another role that runs the
-- migrations (JOBSPOR_MIGRATION_DATABASE_URL). Run it as the owner after
-- every migration and after `restore --force` (which rebuilds the schema):
--   jobspor grant-app-role <role>
-- or with psql:
--   psql "$JOBSPOR_MIGRATION_DATABASE_URL" -v app_role=jobspor_app -f src/db/grants.sql
--
-- The app role gets normal row access (SELECT, INSERT, UPDATE, DELETE) to
-- the application's tables and only SELECT and INSERT on audit_event, so it
-- cannot change or remove audit rows. Not being the owner, it cannot ALTER
-- the tables (disable the append-only triggers), TRUNCATE them or create
-- objects; not being a superuser, it cannot SET session_replication_role.
GRANT USAGE ON SCHEMA public TO :"app_role";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO :"app_role";
REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM :"app_role";
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON schema_migration FROM :"app_role";
