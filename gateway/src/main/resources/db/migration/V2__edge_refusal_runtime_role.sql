-- The service runs as a role that does not own its tables (the owner role runs these
-- migrations). Whatever it was granted by default, it may only add to and read the record of refused requests:
-- not change, delete or empty it. It cannot disable the trigger, grant itself more or drop the
-- table either, since only the owner may alter a table.
do $$
declare
    grantee_role record;
begin
    for grantee_role in
        select distinct grantee
          from information_schema.role_table_grants
         where table_schema = current_schema()
           and table_name = 'edge_refusal'
           and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
           and grantee <> current_user
    loop
        execute format('revoke update, delete, truncate, trigger, references on edge_refusal from %I',
                       grantee_role.grantee);
    end loop;
end
$$;
