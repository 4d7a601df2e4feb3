package cn.gov.guizhou.ipp.kit.members;

import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.kit.web.DependencyUnavailableException;
import feign.FeignException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.cloud.openfeign.FeignClientBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Asks applicant-service whether the caller may act for an organisation, relaying the caller's own
 * token. Its Feign client and circuit breaker are named {@value #REMOTE}. When applicant-service
 * cannot answer, the answer is unknown and the request is refused as unavailable (503), never let
 * through.
 */
public class OrganisationMembers {

  /** Name of the remote: its Feign client and circuit breaker. */
  public static final String REMOTE = "applicant-service";

  private final OrganisationDirectoryApi directory;
  private final ResilientCalls calls;

  public OrganisationMembers(ApplicationContext context, String baseUrl, ResilientCalls calls) {
    this.directory =
        new FeignClientBuilder(context)
            .forType(OrganisationDirectoryApi.class, REMOTE)
            .url(baseUrl)
            .build();
    this.calls = calls;
  }

  /**
   * The organisation, if the caller may act for it.
   *
   * @return empty when applicant-service says the caller may not see it
   * @throws DependencyUnavailableException when applicant-service cannot answer
   */
  public Optional<OrganisationDirectoryApi.OrganisationView> organisationOf(
      UUID organisationId, Authentication caller) {
    if (!(caller instanceof JwtAuthenticationToken jwt)) {
      return Optional.empty();
    }
    String bearer = "Bearer " + jwt.getToken().getTokenValue();
    return calls.idempotent(
        REMOTE,
        () -> {
          try {
            return Optional.of(directory.organisation(bearer, organisationId));
          } catch (FeignException.Forbidden | FeignException.NotFound e) {
            return Optional.empty();
          }
        },
        failure -> {
          throw new DependencyUnavailableException(
              "applicant-service could not confirm the caller's membership; try again later",
              failure);
        });
  }

  /** Whether the caller may act for the organisation. */
  public boolean isMember(UUID organisationId, Authentication caller) {
    return organisationOf(organisationId, caller).isPresent();
  }
}
