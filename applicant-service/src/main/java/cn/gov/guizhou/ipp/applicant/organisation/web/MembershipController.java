package cn.gov.guizhou.ipp.applicant.organisation.web;

import cn.gov.guizhou.ipp.applicant.organisation.Member;
import cn.gov.guizhou.ipp.applicant.organisation.MemberRole;
import cn.gov.guizhou.ipp.applicant.organisation.Membership;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The users who act for an organisation, managed by its administrators. */
@RestController
@RequestMapping("/api/organisations/{organisationId}/members")
public class MembershipController {

  private final Membership membership;

  public MembershipController(Membership membership) {
    this.membership = membership;
  }

  @Operation(summary = "List an organisation's members")
  @GetMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'bureau-admin')")
  public List<Member> members(@PathVariable UUID organisationId, Authentication authentication) {
    return membership.members(organisationId, CurrentUser.from(authentication));
  }

  /** Adds a user (by its subject in the realm) or changes its role. */
  @Operation(summary = "Add a member or change a member's role")
  @PutMapping("/{userSubject}")
  @PreAuthorize("hasRole('applicant')")
  public List<Member> put(
      @PathVariable UUID organisationId,
      @PathVariable @Pattern(regexp = "[0-9a-fA-F-]{8,64}") String userSubject,
      @Valid @RequestBody RoleRequest request,
      Authentication authentication) {
    return membership.put(
        organisationId, userSubject, request.role(), CurrentUser.from(authentication));
  }

  @Operation(summary = "Remove a member from an organisation")
  @DeleteMapping("/{userSubject}")
  @PreAuthorize("hasRole('applicant')")
  public List<Member> remove(
      @PathVariable UUID organisationId,
      @PathVariable @Pattern(regexp = "[0-9a-fA-F-]{8,64}") String userSubject,
      Authentication authentication) {
    return membership.remove(organisationId, userSubject, CurrentUser.from(authentication));
  }

  /**
   * A member's role.
   *
   * @param role ADMINISTRATOR or MEMBER
   */
  public record RoleRequest(@NotNull MemberRole role) {}
}
