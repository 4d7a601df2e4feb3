package cn.gov.guizhou.ipp.funding.rules;

import static cn.gov.guizhou.ipp.funding.rules.Rules2027.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.guizhou.ipp.funding.rules.RankOrder.Award;
import cn.gov.guizhou.ipp.funding.rules.RankOrder.Placement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 各类项目支持数量根据年度经费预算确定: a decision's awards are committed best rank first within what the track has
 * left; the refusal hits the worst-ranked, whatever order the awards are listed in.
 */
class RankOrderTest {

  private static Award award(int rank, String commitment) {
    return new Award(UUID.randomUUID(), rank, "2027-HVP-" + rank, cny(commitment));
  }

  private static List<Boolean> opened(List<Placement> placements) {
    return placements.stream().map(Placement::opened).toList();
  }

  @ParameterizedTest
  @CsvSource({
    // what HVP (每项资助50万元) has left, how many of three awards are opened
    "1500000.00, 3",
    "1499999.99, 2",
    "1000000.00, 2",
    "999999.99, 1",
    "500000.00, 1",
    "499999.99, 0",
    "0.00, 0"
  })
  void threeHvpAwardsOf500000AreOpenedBestRankFirstWhileTheBudgetLasts(String left, int count) {
    List<Award> awards = new ArrayList<>(List.of(award(1, "500000"), award(2, "500000")));
    awards.add(award(3, "500000"));
    Collections.reverse(awards);

    List<Placement> placements = RankOrder.place(awards, cny(left));

    assertThat(placements).extracting(p -> p.award().rank()).containsExactly(1, 2, 3);
    assertThat(placements.stream().filter(Placement::opened).count()).isEqualTo(count);
    for (int i = 0; i < 3; i++) {
      assertThat(placements.get(i).opened()).as("rank " + (i + 1)).isEqualTo(i < count);
    }
  }

  @Test
  void theOutcomeIsTheSameWhateverTheOrderTheAwardsArriveIn() {
    Award first = award(1, "500000");
    Award second = award(2, "500000");
    Award third = award(3, "500000");
    List<List<Award>> orders =
        List.of(
            List.of(first, second, third),
            List.of(third, second, first),
            List.of(second, third, first),
            List.of(third, first, second));
    for (List<Award> order : orders) {
      List<Placement> placements = RankOrder.place(order, cny("1000000"));
      assertThat(placements).extracting(Placement::award).containsExactly(first, second, third);
      assertThat(opened(placements)).containsExactly(true, true, false);
      Placement refused = placements.get(2);
      assertThat(refused.leftBefore()).isEqualTo(cny("0.00"));
      assertThat(refused.firstRefused()).isEqualTo(third);
      assertThat(refused.reasonEn("2027/HVP"))
          .contains("CNY 500000.00", "2027/HVP", "CNY 0.00", "rank 3");
      assertThat(refused.reasonZh())
          .isEqualTo(
              "按排名顺序（第3名）安排资助时，该类项目年度经费预算仅余 0 元，不足以安排本项目 500000 元，超出年度经费预算，未予立项资助，待省知识产权局处理");
    }
  }

  @Test
  void theFirstPrefectureTierThatDoesNotFitAndEveryPlaceAfterItAreRefused() {
    // 总分第一名 200万元, 第二、三名 100万元, 第四名 50万元, with 3,600,000 left: first and second place
    // (3,000,000) fit; third place (1,000,000) does not fit in the 600,000 left, and fourth place
    // (500,000), which alone would fit, is refused after it.
    List<Award> tiers =
        List.of(award(4, "500000"), award(3, "1000000"), award(2, "1000000"), award(1, "2000000"));

    List<Placement> placements = RankOrder.place(tiers, cny("3600000"));

    assertThat(opened(placements)).containsExactly(true, true, false, false);
    assertThat(placements.get(2).leftBefore()).isEqualTo(cny("600000.00"));
    assertThat(placements.get(3).leftBefore()).isEqualTo(cny("600000.00"));
    assertThat(placements.get(3).firstRefused().rank()).isEqualTo(3);
    assertThat(placements.get(3).reasonEn("2027/IP-CAPACITY-PREF"))
        .contains("rank 4 comes after rank 3");
    assertThat(placements.get(3).reasonZh()).contains("排名在前的第3名已超出", "第4名，500000 元");
    assertThat(placements.get(0).reasonZh()).isNull();
    assertThat(placements.get(0).reasonEn("2027/IP-CAPACITY-PREF")).isNull();
  }

  @Test
  void theSixPrefectureTiersOf6300000FitExactly() {
    List<Award> tiers = new ArrayList<>();
    String[] amounts = {
      "2000000", "1000000", "1000000", "500000", "500000", "500000", "200000", "200000", "200000",
      "200000"
    };
    for (int i = amounts.length - 1; i >= 0; i--) {
      tiers.add(award(i + 1, amounts[i]));
    }
    assertThat(opened(RankOrder.place(tiers, cny("6300000"))))
        .containsExactly(true, true, true, true, true, true, true, true, true, true);
    assertThat(opened(RankOrder.place(tiers, cny("6299999.99"))))
        .containsExactly(true, true, true, true, true, true, true, true, true, false);
  }

  @Test
  void dataIpLeaderAwardsCommitTheir200000InAll() {
    // 2.1 awards nothing up front but commits 项目实施期内单个单位累计补助20万元 each.
    List<Award> leaders = List.of(award(2, "200000"), award(1, "200000"), award(3, "200000"));
    assertThat(opened(RankOrder.place(leaders, cny("400000")))).containsExactly(true, true, false);
    assertThat(opened(RankOrder.place(leaders, cny("600000")))).containsExactly(true, true, true);
  }

  @Test
  void equalRanksAreTakenByReference() {
    Award b = new Award(UUID.randomUUID(), 1, "2027-HVP-B", cny("500000"));
    Award a = new Award(UUID.randomUUID(), 1, "2027-HVP-A", cny("500000"));
    List<Placement> placements = RankOrder.place(List.of(b, a), cny("500000"));
    assertThat(placements.get(0).award()).isEqualTo(a);
    assertThat(opened(placements)).containsExactly(true, false);
  }

  @Test
  void badInputIsRefusedNamingTheField() {
    assertThatThrownBy(() -> RankOrder.place(null, cny("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("awards:");
    assertThatThrownBy(() -> RankOrder.place(List.of(award(1, "1")), null))
        .hasMessageStartingWith("available:");
    assertThatThrownBy(() -> RankOrder.place(List.of(award(1, "1")), cny("-0.01")))
        .hasMessageStartingWith("available:");
    Award twice = award(1, "1");
    assertThatThrownBy(() -> RankOrder.place(List.of(twice, twice), cny("10")))
        .hasMessageStartingWith("awards:");
    assertThatThrownBy(() -> new Award(UUID.randomUUID(), 0, "r", cny("1")))
        .hasMessageStartingWith("rank:");
    assertThatThrownBy(() -> new Award(UUID.randomUUID(), 1, "r", null))
        .hasMessageStartingWith("commitment:");
    assertThatThrownBy(() -> new Award(null, 1, "r", cny("1")))
        .hasMessageStartingWith("applicationId:");
  }
}
