package cn.gov.guizhou.ipp.review.applications.web;

import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.review.applications.ApplicationRegister;
import cn.gov.guizhou.ipp.review.applications.SubmittedApplication;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Programme officers read the register of submitted applications. */
@RestController
@RequestMapping("/api/review/applications")
public class ApplicationRegisterController {

  private final ApplicationRegister register;

  public ApplicationRegisterController(ApplicationRegister register) {
    this.register = register;
  }

  @Operation(summary = "List the submitted applications of a call and track")
  @GetMapping
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public ResponseEntity<List<SubmittedApplication>> ofCall(
      @RequestParam @Min(2020) @Max(2100) int year,
      @RequestParam(required = false) String track,
      PageQuery page,
      HttpServletRequest request) {
    return page.answer(register.ofCall(year, track, page), request);
  }

  @Operation(summary = "Get a submitted application as submitted")
  @GetMapping("/{id}")
  @PreAuthorize("hasAnyRole('programme-officer', 'bureau-admin')")
  public SubmittedApplication get(@PathVariable UUID id) {
    return register.find(id).orElseThrow(() -> new NotFoundException("application", id));
  }
}
