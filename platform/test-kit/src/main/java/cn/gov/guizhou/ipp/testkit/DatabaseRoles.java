package cn.gov.guizhou.ipp.testkit;

import java.util.List;

/** What the runtime role of a service's database is granted, as the local platform grants it. */
public final class DatabaseRoles {

  private DatabaseRoles() {}

  /** Run in the database, as an administrator, after creating it owned by {@code owner}. */
  public static List<String> runtimeGrants(String runtime, String owner) {
    return List.of(
        "grant connect on database " + runtime + " to " + runtime,
        "grant usage on schema public to " + runtime,
        "alter default privileges for role "
            + owner
            + " in schema public grant select, insert, update, delete on tables to "
            + runtime,
        "alter default privileges for role "
            + owner
            + " in schema public grant usage, select on sequences to "
            + runtime,
        "alter default privileges for role "
            + owner
            + " in schema public grant execute on functions to "
            + runtime);
  }
}
