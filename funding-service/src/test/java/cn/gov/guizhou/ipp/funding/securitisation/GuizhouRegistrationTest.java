package cn.gov.guizhou.ipp.funding.securitisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import org.junit.jupiter.api.Test;

/** 贵州省内注册企业: the credit code's division 52xxxx, and no declared region outside the province. */
class GuizhouRegistrationTest {

  @Test
  void anEnterpriseRegisteredByAGuizhouAuthorityIsRegisteredInGuizhou() {
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "520100"), "GUIYANG"))
        .isEmpty();
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "522601"), "QIANDONGNAN"))
        .isEmpty();
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "520000"), null)).isEmpty();
  }

  @Test
  void anEnterpriseRegisteredElsewhereIsNot() {
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "310115"), "GUIYANG"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("310115").contains("52xxxx"));
    // Chongqing 500000 and Yunnan 530000 border Guizhou's 52.
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "500000"), "GUIYANG"))
        .isPresent();
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "530100"), "GUIYANG"))
        .isPresent();
  }

  @Test
  void aDeclaredRegionOutsideTheProvinceIsRefusedEvenWithAGuizhouCode() {
    assertThat(GuizhouRegistration.refusal(UsccGenerator.next("91", "520100"), "OUTSIDE_PROVINCE"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("省外"));
    assertThat(GuizhouRegistration.refusal(null, "GUIYANG")).isPresent();
  }
}
