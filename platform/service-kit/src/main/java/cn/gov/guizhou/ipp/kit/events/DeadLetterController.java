package cn.gov.guizhou.ipp.kit.events;

import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bureau administrators see the messages this service could never process and replay them once the
 * cause is mended. Through the gateway: {@code /api/dead-letters/<service>}.
 */
@RestController
@RequestMapping("/api/dead-letters")
public class DeadLetterController {

  private final DeadLetters deadLetters;

  public DeadLetterController(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  /**
   * A page of dead letters, newest first.
   *
   * @param includeReplayed also those a replay has processed
   * @param limit at most this many (1–200)
   * @param offset after skipping this many
   */
  @Operation(summary = "List the events the service could never process (dead letters)")
  @GetMapping
  @PreAuthorize("hasRole('bureau-admin')")
  public DeadLetterPage list(
      @RequestParam(defaultValue = "false") boolean includeReplayed,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
      @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int offset) {
    return new DeadLetterPage(
        deadLetters.openCount(), deadLetters.list(includeReplayed, limit, offset));
  }

  /** One dead letter. */
  @Operation(summary = "Get a dead letter")
  @GetMapping("/{id}")
  @PreAuthorize("hasRole('bureau-admin')")
  public DeadLetter one(@PathVariable UUID id) {
    return deadLetters.find(id).orElseThrow(() -> new NotFoundException("dead-letter", id));
  }

  /**
   * Hands the dead letter to its listener again; the inbox applies its event at most once, so
   * asking twice is harmless. The answer says whether it was processed ({@code replayedAt}) or
   * failed again ({@code lastReplayError}).
   */
  @Operation(summary = "Replay a dead letter to its listener")
  @PostMapping("/{id}/replay")
  @PreAuthorize("hasRole('bureau-admin')")
  public DeadLetter replay(@PathVariable UUID id) {
    return deadLetters.replay(id);
  }

  /**
   * A page of dead letters.
   *
   * @param open how many are still open in all
   * @param items the page
   */
  public record DeadLetterPage(long open, List<DeadLetter> items) {}
}
