package cn.gov.guizhou.ipp.kit.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;

class RequiredRolesTest {

  @Test
  void oneRole() {
    RequiredRoles required = RequiredRoles.of("hasRole('programme-officer')");
    assertThat(required.roles()).containsExactly("programme-officer");
    assertThat(required.describe()).isEqualTo("role programme-officer");
  }

  @Test
  void anyOfSeveralRolesInTheOrderWritten() {
    RequiredRoles required =
        RequiredRoles.of("hasAnyRole('finance-officer', \"programme-officer\", 'bureau-admin')");
    assertThat(required.roles())
        .containsExactly("finance-officer", "programme-officer", "bureau-admin");
    assertThat(required.describe())
        .isEqualTo("one of the roles finance-officer, programme-officer, bureau-admin");
  }

  @Test
  void rolesJoinedByOrAndWithTheAuthorityPrefix() {
    assertThat(RequiredRoles.of("hasRole('ROLE_expert') or hasAnyRole('applicant')").roles())
        .containsExactly("expert", "applicant");
  }

  @Test
  void anySignedInCaller() {
    RequiredRoles required = RequiredRoles.of("isAuthenticated()");
    assertThat(required.stated()).isTrue();
    assertThat(required.anySignedIn()).isTrue();
    assertThat(required.describe()).isEqualTo("any signed-in user");
  }

  @Test
  void noRuleStated() {
    assertThat(RequiredRoles.of((String) null).stated()).isFalse();
    assertThat(RequiredRoles.of("").roles()).isEmpty();
  }

  @PreAuthorize("hasRole('programme-officer')")
  static class Controller {
    @PreAuthorize("hasAnyRole('applicant', 'bureau-admin')")
    public void own() {}

    public void shared() {}
  }

  @Test
  void theMethodsRuleElseTheClasss() throws NoSuchMethodException {
    assertThat(RequiredRoles.of(Controller.class.getMethod("own"), Controller.class).roles())
        .containsExactly("applicant", "bureau-admin");
    assertThat(RequiredRoles.of(Controller.class.getMethod("shared"), Controller.class).roles())
        .containsExactly("programme-officer");
    assertThat(RequiredRoles.of(Object.class.getMethod("toString"), Object.class))
        .isEqualTo(RequiredRoles.NONE);
  }
}
