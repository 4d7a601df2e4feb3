package cn.gov.guizhou.ipp.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The platform's paging convention: parameters, their refusals, the rows and the links. */
class PageQueryTest {

  @Test
  void withoutParametersTheFirstPageOfTheDefaultSize() {
    assertThat(PageQuery.parse(null, null)).isEqualTo(new PageQuery(1, 100));
    assertThat(PageQuery.parse(" ", "")).isEqualTo(PageQuery.DEFAULT);
    assertThat(PageQuery.DEFAULT_SIZE).isLessThanOrEqualTo(PageQuery.MAX_SIZE);
  }

  @Test
  void theBoundariesOfPageAndSize() {
    assertThat(PageQuery.parse("1", "1")).isEqualTo(new PageQuery(1, 1));
    assertThat(PageQuery.parse("3", "100")).isEqualTo(new PageQuery(3, 100));
    assertThat(new PageQuery(3, 20).offset()).isEqualTo(40);
  }

  @Test
  void aBadValueIsRefusedNamingItsParameter() {
    for (String page : List.of("0", "-1", "two", "1.5", "99999999999")) {
      assertThatThrownBy(() -> PageQuery.parse(page, null))
          .as(page)
          .isInstanceOfSatisfying(
              InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("page"));
    }
    for (String size : List.of("0", "-5", "101", "many")) {
      assertThatThrownBy(() -> PageQuery.parse("1", size))
          .as(size)
          .isInstanceOfSatisfying(
              InvalidParameterException.class, e -> assertThat(e.field()).isEqualTo("size"));
    }
  }

  @Test
  void theLinksOfAMiddlePageKeepTheFilters() {
    assertThat(new PageQuery(2, 20).links("/api/applications", "status=DRAFT&page=2", 45))
        .isEqualTo(
            "</api/applications?status=DRAFT&page=1&size=20>; rel=\"first\", "
                + "</api/applications?status=DRAFT&page=1&size=20>; rel=\"prev\", "
                + "</api/applications?status=DRAFT&page=3&size=20>; rel=\"next\", "
                + "</api/applications?status=DRAFT&page=3&size=20>; rel=\"last\"");
  }

  @Test
  void theFirstAndTheLastPageHaveNoPrevOrNext() {
    assertThat(new PageQuery(1, 20).links("/api/x", null, 40))
        .contains("page=2&size=20>; rel=\"next\"")
        .doesNotContain("prev");
    assertThat(new PageQuery(2, 20).links("/api/x", null, 40))
        .contains("rel=\"prev\"")
        .doesNotContain("next");
    assertThat(new PageQuery(1, 20).lastPage(0)).isEqualTo(1);
    assertThat(new PageQuery(1, 20).links("/api/x", null, 0))
        .isEqualTo("</api/x?page=1&size=20>; rel=\"first\", </api/x?page=1&size=20>; rel=\"last\"");
  }

  @Test
  void aPageCutFromAListInMemory() {
    List<Integer> rows = IntStream.rangeClosed(1, 45).boxed().toList();
    Page<Integer> third = new PageQuery(3, 20).of(rows);
    assertThat(third.items()).containsExactly(41, 42, 43, 44, 45);
    assertThat(third.total()).isEqualTo(45);
    assertThat(new PageQuery(4, 20).of(rows).items()).isEmpty();
  }
}
