package cn.gov.guizhou.ipp.contracts.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91520000214400016W"})
  void acceptsPublishedCodes(String code) {
    assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(UnifiedSocialCreditCode.Problem.NONE);
    assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
  }

  @Test
  void computesTheCheckCharacter() {
    assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
  }

  @Test
  void rejectsAWrongCheckCharacter() {
    assertThat(UnifiedSocialCreditCode.check("91350100M000100Y44"))
        .isEqualTo(UnifiedSocialCreditCode.Problem.CHECK_CHARACTER);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse("91350100M000100Y44"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433"})
  void rejectsWrongLengths(String code) {
    assertThat(UnifiedSocialCreditCode.check(code))
        .isEqualTo(UnifiedSocialCreditCode.Problem.LENGTH);
  }

  @Test
  void rejectsNull() {
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"91350100I000100Y43", "91350100m000100Y43", "9135010OM000100Y43"})
  void rejectsCharactersOutsideTheAlphabet(String code) {
    assertThat(UnifiedSocialCreditCode.check(code))
        .isEqualTo(UnifiedSocialCreditCode.Problem.CHARACTER);
  }

  @Test
  void rejectsAnUnknownRegistrationAuthority() {
    String first17 = "B1350100M000100Y4";
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    assertThat(UnifiedSocialCreditCode.check(code))
        .isEqualTo(UnifiedSocialCreditCode.Problem.AUTHORITY);
  }

  /** GB 32100-2015 Table 1: Y is "其他" (other registration authorities), the last valid code. */
  @ParameterizedTest
  @ValueSource(strings = {"Y1520100M000100Y4", "N2520100M000100Y4", "A1520100M000100Y4"})
  void acceptsEveryRegistrationAuthorityOfTheTableIncludingOther(String first17) {
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    assertThat(UnifiedSocialCreditCode.check(code)).isEqualTo(UnifiedSocialCreditCode.Problem.NONE);
    assertThat(UnifiedSocialCreditCode.parse(code).value()).isEqualTo(code);
  }

  /** Just past the table: X and W are in the alphabet but name no registration authority. */
  @ParameterizedTest
  @ValueSource(strings = {"X1520100M000100Y4", "W1520100M000100Y4", "01520100M000100Y4"})
  void rejectsAuthorityCharactersOutsideTheTable(String first17) {
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    assertThat(UnifiedSocialCreditCode.check(code))
        .isEqualTo(UnifiedSocialCreditCode.Problem.AUTHORITY);
  }

  @Test
  void rejectsANonNumericDivision() {
    String first17 = "9135A100M000100Y4";
    String code = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    assertThat(UnifiedSocialCreditCode.check(code))
        .isEqualTo(UnifiedSocialCreditCode.Problem.DIVISION);
  }

  @Test
  void exposesTheDivisionCode() {
    assertThat(UnifiedSocialCreditCode.parse("91520000214400016W").divisionCode())
        .isEqualTo("520000");
  }
}
