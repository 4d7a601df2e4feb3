package cn.gov.guizhou.ipp.funding;

import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.guizhou.ipp.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void fundingServiceKeepsTheDomainFreeOfTransportAndAdaptersInTheirPackages() {
    assertThatCode(() -> ServiceArchitecture.verify("cn.gov.guizhou.ipp.funding"))
        .doesNotThrowAnyException();
  }
}
