package cn.gov.guizhou.ipp.review.formalcheck.web;

import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.review.formalcheck.FormalCheck;
import cn.gov.guizhou.ipp.review.formalcheck.FormalChecks;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Programme officers carry out the formal check of each submitted application. */
@RestController
@RequestMapping("/api/review/formal-checks/{applicationId}")
@PreAuthorize("hasRole('programme-officer')")
public class FormalCheckController {

  private final FormalChecks checks;

  public FormalCheckController(FormalChecks checks) {
    this.checks = checks;
  }

  @Operation(summary = "Get an application's formal check")
  @GetMapping
  public FormalCheck get(@PathVariable UUID applicationId) {
    return checks.get(applicationId);
  }

  @Operation(summary = "Mark a formal check item as passed or failed")
  @PutMapping("/items/{itemId}")
  public FormalCheck mark(
      @PathVariable UUID applicationId,
      @PathVariable @Size(max = 80) String itemId,
      @Valid @RequestBody Mark request,
      Authentication authentication) {
    return checks.mark(
        applicationId, itemId, request.result(), request.note(), CurrentUser.from(authentication));
  }

  @Operation(summary = "Conclude an application's formal check")
  @PostMapping("/conclusion")
  public FormalCheck conclude(@PathVariable UUID applicationId, Authentication authentication) {
    return checks.conclude(applicationId, CurrentUser.from(authentication));
  }

  /**
   * An item's mark.
   *
   * @param result PASS or FAIL
   * @param note why (required for FAIL)
   */
  public record Mark(
      @NotNull @Pattern(regexp = "PASS|FAIL") String result, @Size(max = 2000) String note) {}
}
