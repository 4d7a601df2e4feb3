package cn.gov.guizhou.ipp.applicant.credit.web;

import cn.gov.guizhou.ipp.applicant.credit.CreditCheck;
import cn.gov.guizhou.ipp.applicant.credit.CreditCheckService;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Credit checks of an organisation: run on request by bureau staff, read by them and members. */
@RestController
@RequestMapping("/api/organisations/{organisationId}/credit-checks")
public class CreditCheckController {

  private final CreditCheckService credit;

  public CreditCheckController(CreditCheckService credit) {
    this.credit = credit;
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('programme-officer', 'finance-officer')")
  public ResponseEntity<CreditCheck> check(
      @PathVariable UUID organisationId, Authentication authentication) {
    CreditCheck check = credit.check(organisationId, CurrentUser.from(authentication));
    return ResponseEntity.created(
            URI.create("/api/organisations/" + organisationId + "/credit-checks"))
        .body(check);
  }

  @GetMapping
  @PreAuthorize("hasAnyRole('applicant', 'programme-officer', 'finance-officer', 'bureau-admin')")
  public List<CreditCheck> history(
      @PathVariable UUID organisationId, Authentication authentication) {
    return credit.history(organisationId, CurrentUser.from(authentication));
  }
}
