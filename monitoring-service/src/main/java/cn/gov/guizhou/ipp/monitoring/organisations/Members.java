package cn.gov.guizhou.ipp.monitoring.organisations;

import cn.gov.guizhou.ipp.kit.calls.ResilientCalls;
import cn.gov.guizhou.ipp.monitoring.organisations.client.ApplicantServiceApi;
import cn.gov.guizhou.ipp.monitoring.organisations.client.ApplicantServiceClient;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Service;

/**
 * Whether the caller is a member of an organisation, as applicant-service (which owns the
 * memberships) answers it for the caller's own token. When applicant-service cannot answer, the
 * answer is unknown and the request is refused as unavailable, never let through.
 */
@Service
public class Members {

  private final ApplicantServiceClient applicants;
  private final ResilientCalls calls;

  public Members(ApplicantServiceClient applicants, ResilientCalls calls) {
    this.applicants = applicants;
    this.calls = calls;
  }

  /**
   * The organisation, if the caller may act for it.
   *
   * @return empty when applicant-service says the caller may not see it
   * @throws MembershipUnknownException when applicant-service cannot answer
   */
  public Optional<ApplicantServiceApi.OrganisationView> organisationOf(
      UUID organisationId, Authentication caller) {
    if (!(caller instanceof JwtAuthenticationToken jwt)) {
      return Optional.empty();
    }
    String bearer = "Bearer " + jwt.getToken().getTokenValue();
    return calls.idempotent(
        ApplicantServiceClient.REMOTE,
        () -> applicants.organisationFor(bearer, organisationId),
        failure -> {
          throw new MembershipUnknownException(failure);
        });
  }

  /** Whether the caller may act for the organisation. */
  public boolean isMember(UUID organisationId, Authentication caller) {
    return organisationOf(organisationId, caller).isPresent();
  }
}
