package cn.gov.guizhou.ipp.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusedObjectTest {

  @Test
  void theObjectIsTheFirstPathVariableInItsCollectionInTheSingular() {
    assertThat(RefusedObject.of("/api/review/applications/{id}/expert-draws", Map.of("id", "a1b2")))
        .isEqualTo(new RefusedObject("application", "a1b2"));
    assertThat(
            RefusedObject.of("/api/funding/recovery-orders/{id}/repayments", Map.of("id", "r-7")))
        .isEqualTo(new RefusedObject("recovery-order", "r-7"));
    assertThat(
            RefusedObject.of(
                "/api/monitoring/projects/{id}/rounds/{quarter}/report",
                Map.of("id", "p", "quarter", "2027-Q2")))
        .isEqualTo(new RefusedObject("project", "p"));
    assertThat(RefusedObject.of("/api/funding/securitisation/claims/{id}", Map.of("id", "c")))
        .isEqualTo(new RefusedObject("claim", "c"));
    assertThat(RefusedObject.singular("disposal-recommendations"))
        .isEqualTo("disposal-recommendation");
    assertThat(RefusedObject.singular("fund-flags")).isEqualTo("fund-flag");
    assertThat(RefusedObject.singular("address")).isEqualTo("address");
  }

  @Test
  void aPathWithoutVariablesConcernsNoObject() {
    assertThat(RefusedObject.of("/api/review/experts", Map.of())).isNull();
    assertThat(RefusedObject.of("/api/calls/{year}/window", Map.of())).isNull();
  }
}
