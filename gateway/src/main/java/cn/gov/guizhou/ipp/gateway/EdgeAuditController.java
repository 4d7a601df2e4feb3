package cn.gov.guizhou.ipp.gateway;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bureau administrators read the requests the gateway refused (the role is checked at the edge).
 */
@RestController
@Validated
public class EdgeAuditController {

  private final EdgeRefusals refusals;

  public EdgeAuditController(EdgeRefusals refusals) {
    this.refusals = refusals;
  }

  @Operation(summary = "List the requests the gateway refused")
  @GetMapping("/api/audit/gateway")
  public Mono<List<EdgeRefusals.EdgeRefusal>> latest(
      @RequestParam(defaultValue = "/") String path,
      @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
    return Mono.fromCallable(() -> refusals.latest(path, limit))
        .subscribeOn(Schedulers.boundedElastic());
  }
}
