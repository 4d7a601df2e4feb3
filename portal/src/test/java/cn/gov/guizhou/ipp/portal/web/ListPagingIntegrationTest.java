package cn.gov.guizhou.ipp.portal.web;

import static cn.gov.guizhou.ipp.portal.web.SignedIn.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PagedList;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The portal's lists page on the server: each page asks the API for one page of 20 rows, keeps the
 * filters, and shows the result count, "page X of Y" and links to the other pages.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class ListPagingIntegrationTest {

  private static final UUID ORG = UUID.fromString("11111111-2222-3333-4444-555555555555");

  @Autowired MockMvc mvc;
  @MockitoBean PlatformApi api;

  private static List<Map<String, Object>> organisations(int from, int count) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      rows.add(
          Map.of(
              "id",
              UUID.randomUUID().toString(),
              "creditCode",
              "91520100MA6DT3K2X" + (i % 10),
              "legalName",
              "贵阳测试单位" + i,
              "type",
              "ENTERPRISE",
              "region",
              "GUIYANG"));
    }
    return rows;
  }

  private static Map<String, Object> application(String status) {
    Map<String, Object> application = new java.util.HashMap<>();
    application.put("id", UUID.randomUUID().toString());
    application.put("reference", null);
    application.put("trackName", "高价值专利培育");
    application.put("status", status);
    application.put("lead", Map.of("organisationId", ORG.toString(), "legalName", "贵阳星河专利科技有限公司"));
    application.put("content", Map.of("title", "新能源电池材料高价值专利培育"));
    application.put("participants", List.of());
    return application;
  }

  @Test
  void theSecondPageOfOrganisationsAsksTheApiForItAndLinksTheOthers() throws Exception {
    given(api.page(eq("/api/organisations"), eq(2), eq(20), any(), any(Object[].class)))
        .willReturn(new PagedList(organisations(21, 20), 45, 2, 20));

    Document html = page(get("/organisations").param("page", "2"));

    assertThat(html.select("table tbody tr")).hasSize(20);
    Element pager = html.selectFirst("nav.pager");
    assertThat(pager).isNotNull();
    assertThat(pager.attr("aria-label")).isEqualTo("分页：我的单位");
    assertThat(pager.text()).contains("第 21–40 条，共 45 条", "第 2 页，共 3 页");
    assertThat(pager.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/organisations");
    assertThat(pager.selectFirst("a[rel=next]").attr("href")).isEqualTo("/organisations?page=3");
    Element current = pager.selectFirst("a[aria-current=page]");
    assertThat(current.text()).isEqualTo("2");
    assertThat(current.attr("aria-label")).isEqualTo("第 2 页（当前页）");
    assertThat(pager.select(".pager-links a").eachText())
        .containsExactly("上一页", "1", "2", "3", "下一页");
  }

  @Test
  void theFirstPageHasNoPreviousAndTheLastNoNext() throws Exception {
    given(api.page(eq("/api/organisations"), eq(1), eq(20), any(), any(Object[].class)))
        .willReturn(new PagedList(organisations(1, 20), 45, 1, 20));
    given(api.page(eq("/api/organisations"), eq(3), eq(20), any(), any(Object[].class)))
        .willReturn(new PagedList(organisations(41, 5), 45, 3, 20));

    Element first = page(get("/organisations")).selectFirst("nav.pager");
    assertThat(first.select("a[rel=prev]")).isEmpty();
    assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/organisations?page=2");
    Element last = page(get("/organisations").param("page", "3")).selectFirst("nav.pager");
    assertThat(last.select("a[rel=next]")).isEmpty();
    assertThat(last.text()).contains("第 41–45 条，共 45 条", "第 3 页，共 3 页");

    Document english = page(get("/organisations").param("page", "3").param("lang", "en"));
    assertThat(english.selectFirst("nav.pager").text())
        .contains("Results 41–45 of 45", "Page 3 of 3", "Previous");
  }

  @Test
  void aPageNumberThatIsNoNumberShowsTheFirstPage() throws Exception {
    given(api.page(eq("/api/organisations"), eq(1), eq(20), any(), any(Object[].class)))
        .willReturn(new PagedList(organisations(1, 3), 3, 1, 20));

    Document html = page(get("/organisations").param("page", "zero"));

    assertThat(html.select("table tbody tr")).hasSize(3);
    assertThat(html.selectFirst("nav.pager").text()).contains("第 1–3 条，共 3 条");
    assertThat(html.select("nav.pager .pager-links")).as("one page: no links").isEmpty();
  }

  @Test
  void manyPagesOfferTheFirstTheLastAndThoseAroundThisOne() throws Exception {
    given(api.page(eq("/api/organisations"), eq(10), eq(20), any(), any(Object[].class)))
        .willReturn(new PagedList(organisations(181, 20), 400, 10, 20));

    Element pager = page(get("/organisations").param("page", "10")).selectFirst("nav.pager");

    assertThat(pager.select(".pager-links a").eachText())
        .containsExactly("上一页", "1", "8", "9", "10", "11", "12", "20", "下一页");
    assertThat(pager.select(".pager-gap")).hasSize(2);
  }

  @Test
  void theApplicationsAreFilteredByStatusOnTheServerAndThePagerKeepsTheFilter() throws Exception {
    List<Map<String, Object>> drafts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      drafts.add(application("DRAFT"));
    }
    given(
            api.page(
                eq("/api/applications"),
                eq(1),
                eq(20),
                eq(java.util.Collections.singletonMap("status", "DRAFT")),
                any(Object[].class)))
        .willReturn(new PagedList(drafts, 21, 1, 20));
    given(api.list(eq("/api/organisations"), any(Object[].class))).willReturn(List.of());

    Document html = page(get("/applications").param("status", "DRAFT"));

    assertThat(html.select("table tbody tr")).hasSize(20);
    Element status = html.selectFirst("form.filter select[name=status]");
    assertThat(status.selectFirst("option[selected]").val()).isEqualTo("DRAFT");
    assertThat(status.select("option")).hasSize(13);
    assertThat(html.selectFirst("label[for=" + status.id() + "]").text()).isEqualTo("申报状态");
    Element pager = html.selectFirst("nav.pager");
    assertThat(pager.text()).contains("第 1–20 条，共 21 条", "第 1 页，共 2 页");
    assertThat(pager.selectFirst("a[rel=next]").attr("href"))
        .isEqualTo("/applications?status=DRAFT&page=2");
    assertThat(html.selectFirst("form.filter a[href=/applications]").text()).isEqualTo("清除筛选");
  }

  @Test
  void aStatusTheApiRefusesIsShownAtTheFilterAndTheListUnfiltered() throws Exception {
    given(
            api.page(
                eq("/api/applications"),
                eq(1),
                eq(20),
                eq(java.util.Collections.singletonMap("status", "SLEEPING")),
                any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                ApiProblem.of(
                    400,
                    Map.of(
                        "type", "https://ipp.guizhou.gov.cn/problems/malformed-request",
                        "title", "请求格式错误",
                        "errors",
                            List.of(
                                Map.of(
                                    "field", "status",
                                    "message",
                                        "is not one of the allowed values: DRAFT, SUBMITTED"))))));
    java.util.Map<String, String> none = new java.util.HashMap<>();
    none.put("status", null);
    given(api.page(eq("/api/applications"), eq(1), eq(20), eq(none), any(Object[].class)))
        .willReturn(new PagedList(List.of(application("SUBMITTED")), 1, 1, 20));
    given(api.list(eq("/api/organisations"), any(Object[].class))).willReturn(List.of());

    Document html = page(get("/applications").param("status", "SLEEPING"));

    assertThat(html.selectFirst(".error-summary").text()).contains("DRAFT, SUBMITTED");
    assertThat(html.select("table tbody tr")).hasSize(1);
    assertThat(html.selectFirst("select[name=status]").attr("aria-invalid")).isEqualTo("true");
  }

  @Test
  void theDocumentsPageAsksForOnePage() throws Exception {
    given(api.get(eq("/api/organisations/{id}"), any(Object[].class)))
        .willReturn(Map.of("id", ORG.toString(), "legalName", "贵阳星河专利科技有限公司"));
    given(api.page(eq("/api/organisations/{id}/documents"), eq(2), eq(20), eq(Map.of()), eq(ORG)))
        .willReturn(
            new PagedList(
                List.of(
                    Map.of(
                        "id", UUID.randomUUID().toString(),
                        "filename", "专利证书.pdf",
                        "contentType", "application/pdf",
                        "sizeBytes", 1024,
                        "uploadedAt", "2027-03-02T01:00:00Z")),
                21,
                2,
                20));

    Document html = page(get("/organisations/" + ORG + "/documents").param("page", "2"));

    assertThat(html.select("table tbody tr")).hasSize(1);
    Element pager = html.selectFirst("nav.pager");
    assertThat(pager.text()).contains("第 21–21 条，共 21 条");
    assertThat(pager.selectFirst("a[rel=prev]").attr("href"))
        .isEqualTo("/organisations/" + ORG + "/documents");
    verify(api).page(eq("/api/organisations/{id}/documents"), eq(2), eq(20), eq(Map.of()), eq(ORG));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(applicant())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
