package cn.gov.guizhou.ipp.kit.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The realm roles an endpoint allows, read from its {@code @PreAuthorize} (the method's, else its
 * class's): {@code hasRole('x')} and {@code hasAnyRole('x', 'y')} name them; {@code
 * isAuthenticated()} allows any signed-in caller. The same reading documents each operation and
 * tells a refused caller (403) which role it needs.
 *
 * @param roles the roles named, in the order written; empty when any signed-in caller is allowed
 * @param stated whether the endpoint states a rule at all
 */
public record RequiredRoles(List<String> roles, boolean stated) {

  private static final Pattern ROLE_CALL = Pattern.compile("has(?:Any)?Role\\s*\\(([^)]*)\\)");
  private static final Pattern QUOTED = Pattern.compile("'([^']+)'|\"([^\"]+)\"");

  /** Request attribute holding the {@link RequiredRoles} of the endpoint the request is for. */
  public static final String ATTRIBUTE = RequiredRoles.class.getName();

  public RequiredRoles {
    roles = List.copyOf(roles);
  }

  /** No rule stated: the endpoint is open to whoever the security filter chain lets through. */
  public static final RequiredRoles NONE = new RequiredRoles(List.of(), false);

  /** The roles a {@code @PreAuthorize} expression names. */
  public static RequiredRoles of(String expression) {
    if (expression == null || expression.isBlank()) {
      return NONE;
    }
    Set<String> roles = new LinkedHashSet<>();
    Matcher call = ROLE_CALL.matcher(expression);
    while (call.find()) {
      Matcher quoted = QUOTED.matcher(call.group(1));
      while (quoted.find()) {
        String role = quoted.group(1) != null ? quoted.group(1) : quoted.group(2);
        roles.add(
            role.startsWith(Roles.AUTHORITY_PREFIX)
                ? role.substring(Roles.AUTHORITY_PREFIX.length())
                : role);
      }
    }
    return new RequiredRoles(new ArrayList<>(roles), true);
  }

  /** The rule of a handler method: its own {@code @PreAuthorize}, else its class's. */
  public static RequiredRoles of(Method method, Class<?> type) {
    PreAuthorize own = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
    if (own != null) {
      return of(own.value());
    }
    PreAuthorize shared = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
    return shared == null ? NONE : of(shared.value());
  }

  /** Whether any signed-in caller is allowed (a rule that names no role). */
  public boolean anySignedIn() {
    return stated && roles.isEmpty();
  }

  /** In words, for an operation's description and a 403's reason. */
  public String describe() {
    if (!stated || roles.isEmpty()) {
      return "any signed-in user";
    }
    return roles.size() == 1
        ? "role " + roles.get(0)
        : "one of the roles " + String.join(", ", roles);
  }
}
