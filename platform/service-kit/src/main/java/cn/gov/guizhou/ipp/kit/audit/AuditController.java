package cn.gov.guizhou.ipp.kit.audit;

import cn.gov.guizhou.ipp.kit.web.FieldViolation;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bureau administrators read the audit trail. Through the gateway: {@code /api/audit/<service>}
 * with either {@code objectType} (any case, e.g. {@code application}) and {@code objectId} — every
 * change of the object and every request about it that was refused — or {@code path} — the requests
 * refused at that path or below it, newest first.
 */
@RestController
@RequestMapping("/api/audit-records")
public class AuditController {

  private final AuditTrail audit;

  public AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @Operation(summary = "Find an object's audit trail or the requests refused at a path")
  @GetMapping
  @PreAuthorize("hasRole('bureau-admin')")
  public List<AuditRecord> find(
      @RequestParam(required = false) @Size(max = 100) String objectType,
      @RequestParam(required = false) @Size(max = 200) String objectId,
      @RequestParam(required = false) @Size(max = 500) String path,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    boolean byObject = notBlank(objectType) && notBlank(objectId);
    if (byObject) {
      return audit.forObject(objectType.strip(), objectId.strip());
    }
    if (notBlank(path)) {
      return audit.refusalsAt(path.strip(), limit);
    }
    throw new InvalidFieldException(
        List.of(
            new FieldViolation(
                notBlank(objectType) ? "objectId" : "objectType",
                "give objectType and objectId, or path")));
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
