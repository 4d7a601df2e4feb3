package cn.gov.guizhou.ipp.applicant;

import static org.assertj.core.api.Assertions.assertThatCode;

import cn.gov.guizhou.ipp.testkit.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  @Test
  void applicantServiceKeepsTheDomainFreeOfTransportAndAdaptersInTheirPackages() {
    assertThatCode(() -> ServiceArchitecture.verify("cn.gov.guizhou.ipp.applicant"))
        .doesNotThrowAnyException();
  }
}
