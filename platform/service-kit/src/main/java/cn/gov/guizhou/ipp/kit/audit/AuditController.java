package cn.gov.guizhou.ipp.kit.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bureau administrators read the audit trail of an object. Through the gateway: {@code
 * /api/audit/<service>?objectType=...&objectId=...}.
 */
@RestController
@RequestMapping("/api/audit-records")
public class AuditController {

  private final AuditTrail audit;

  public AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @GetMapping
  @PreAuthorize("hasRole('bureau-admin')")
  public List<AuditRecord> forObject(
      @RequestParam @NotBlank @Size(max = 100) String objectType,
      @RequestParam @NotBlank @Size(max = 200) String objectId) {
    return audit.forObject(objectType, objectId);
  }
}
