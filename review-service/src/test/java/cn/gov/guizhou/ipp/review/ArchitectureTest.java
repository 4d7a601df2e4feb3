package cn.gov.guizhou.ipp.review;

import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.guizhou.ipp.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void reviewServiceKeepsTheDomainFreeOfTransportAndAdaptersInTheirPackages() {
    assertThatCode(() -> ServiceArchitecture.verify("cn.gov.guizhou.ipp.review"))
        .doesNotThrowAnyException();
  }
}
