package cn.gov.guizhou.ipp.portal.web;

import static cn.gov.guizhou.ipp.portal.web.SignedIn.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's profile, documents and members pages and the eligibility pre-check, with the
 * platform's API stood in for: what the API answers is shown, what it refuses is shown at its
 * field.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class OrganisationProfilePagesIntegrationTest {

  private static final UUID ORG = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final String DOC = "99999999-2222-3333-4444-555555555555";

  @Autowired MockMvc mvc;
  @MockitoBean PlatformApi api;

  private static Map<String, Object> organisation(Map<String, Object> facts) {
    return Map.of(
        "id",
        ORG.toString(),
        "creditCode",
        "91520100MA6DKXXX1X",
        "legalName",
        "贵阳星河专利科技有限公司",
        "type",
        "ENTERPRISE",
        "region",
        "GUIYANG",
        "contacts",
        List.of(Map.of("name", "张敏", "phone", "0851-1234567")),
        "industryTags",
        List.of("新材料"),
        "facts",
        facts);
  }

  @BeforeEach
  void platform() {
    given(api.get(eq("/api/organisations/{id}"), any(Object[].class)))
        .willReturn(
            organisation(
                Map.of(
                    "validPatentCount",
                    Map.of("value", 12, "evidence", List.of(DOC), "evidenced", true),
                    "inStatistics",
                    Map.of("value", true, "evidence", List.of(), "evidenced", false))));
    given(api.list(eq("/api/organisations/{id}/documents"), any(Object[].class)))
        .willReturn(
            List.of(
                Map.of(
                    "id", DOC,
                    "filename", "专利证书.pdf",
                    "contentType", "application/pdf",
                    "sizeBytes", 1024,
                    "uploadedAt", "2027-03-02T01:00:00Z")));
  }

  @Test
  void theProfileShowsEachFactEvidencedOrNot() throws Exception {
    Document html = page(get("/organisations/" + ORG + "/profile"));

    assertThat(html.select("#declared-facts tbody tr")).hasSize(2);
    assertThat(html.select("#declared-facts").text())
        .contains("有效专利数", "12", "已提供证明（1份）", "上规入统/入库纳统", "是", "未提供证明");
    assertThat(html.selectFirst("#f-facts-validPatentCount-value").attr("value")).isEqualTo("12");
    assertThat(html.select("input[name='facts.validPatentCount.evidence'][checked]")).hasSize(1);
    assertThat(html.select("input[name='facts.inStatistics.evidence'][checked]")).isEmpty();
    assertThat(html.selectFirst("#f-contacts-0-name").attr("value"))
        .as(html.select("fieldset").first().outerHtml())
        .isEqualTo("张敏");
  }

  @Test
  void theProfileIsSentAsTheApiReadsItAndItsRefusalLandsAtTheField() throws Exception {
    given(api.put(eq("/api/organisations/{id}/profile"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                new ApiProblem(
                    422,
                    null,
                    "请求有误",
                    null,
                    Map.of("facts.validPatentCount.value", "必须是0或正整数"),
                    Map.of())));

    Document html =
        page(
            post("/organisations/" + ORG + "/profile")
                .param("contacts[0].name", "张敏")
                .param("contacts[0].phone", "0851-1234567")
                .param("industryTags", "新材料\n 大数据 \n")
                .param("facts.validPatentCount.value", "-3")
                .param("facts.validPatentCount.evidence", DOC)
                .param("facts.hasProvincialPlatform.value", "true")
                .param("facts.revenue2026.value", "5000000.00")
                .param("facts.inStatistics.value", ""));

    verify(api)
        .put(
            eq("/api/organisations/{id}/profile"),
            argThat(
                (Map<String, Object> body) ->
                    body.get("industryTags").equals(List.of("新材料", "大数据"))
                        && ((List<?>) body.get("contacts")).size() == 1
                        && body.get("facts").toString().contains("validPatentCount")
                        && !body.get("facts").toString().contains("inStatistics")
                        && ((Map<?, ?>)
                                ((Map<?, ?>) body.get("facts")).get("hasProvincialPlatform"))
                            .get("value")
                            .equals(Boolean.TRUE)
                        && ((Map<?, ?>) ((Map<?, ?>) body.get("facts")).get("validPatentCount"))
                            .get("value")
                            .equals(BigInteger.valueOf(-3))),
            eq(ORG));
    assertThat(html.selectFirst("#f-facts-validPatentCount-value-error").text())
        .contains("必须是0或正整数");
    assertThat(html.selectFirst(".error-summary a[href='#f-facts-validPatentCount-value']").text())
        .isEqualTo("必须是0或正整数");
    assertThat(html.selectFirst("#f-facts-validPatentCount-value").attr("value")).isEqualTo("-3");
  }

  @Test
  void aMemberIsAddedByUserSubjectAndAnEmptySubjectIsNamedAtItsField() throws Exception {
    given(api.list(eq("/api/organisations/{id}/members"), any(Object[].class)))
        .willReturn(
            List.of(
                Map.of(
                    "userSubject", "0b0c0d0e-1111",
                    "role", "ADMINISTRATOR",
                    "joinedAt", "2027-03-02T01:00:00Z")));

    MockHttpServletResponse added =
        mvc.perform(
                post("/organisations/" + ORG + "/members")
                    .param("userSubject", " abcdef12-3456 ")
                    .param("role", "MEMBER")
                    .with(applicant())
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(added.getRedirectedUrl()).isEqualTo("/organisations/" + ORG + "/members");
    verify(api)
        .putForList(
            eq("/api/organisations/{id}/members/{subject}"),
            eq(Map.of("role", "MEMBER")),
            eq(ORG),
            eq("abcdef12-3456"));

    Document refused =
        page(post("/organisations/" + ORG + "/members").param("userSubject", "").param("role", ""));
    assertThat(refused.selectFirst("#f-userSubject-error").text()).contains("请填写用户标识");
    assertThat(refused.select("tbody tr").text()).contains("0b0c0d0e-1111", "管理员");
  }

  @Test
  void thePreCheckSendsTheProfileWithTheLatestCreditOutcomeAndShowsEachCriterion()
      throws Exception {
    given(api.getPublic(eq("/api/programmes/{code}?year={year}"), any(Object[].class)))
        .willReturn(
            Map.of("code", "HVP", "programmeNameZh", "高价值专利培育项目", "nameEn", "High-value patents"));
    given(api.list("/api/organisations")).willReturn(List.of(organisation(Map.of())));
    given(api.list(eq("/api/organisations/{id}/credit-checks"), any(Object[].class)))
        .willReturn(
            List.of(
                Map.of("outcome", "UNAVAILABLE", "checkedAt", "2027-03-01T01:00:00Z"),
                Map.of("outcome", "CLEAR", "checkedAt", "2027-03-02T01:00:00Z")));
    given(
            api.post(
                eq("/api/programmes/{code}/eligibility?year={year}"), any(), any(Object[].class)))
        .willReturn(
            Map.of(
                "track", "HVP",
                "overall", "SUBJECT_TO_FORMAL_CHECK",
                "criteria",
                    List.of(
                        Map.of(
                            "id",
                            "HVP-C1",
                            "zh",
                            "有效专利10件以上",
                            "en",
                            "10 or more valid patents",
                            "result",
                            "TO_BE_CONFIRMED",
                            "reason",
                            "fact not evidenced"),
                        Map.of(
                            "id",
                            "HVP-C2",
                            "zh",
                            "无不良信用记录",
                            "en",
                            "No adverse credit record",
                            "result",
                            "PASS"))));

    Document html = page(get("/programmes/HVP/eligibility"));

    verify(api)
        .post(
            eq("/api/programmes/{code}/eligibility?year={year}"),
            eq(
                Map.of(
                    "organisationType", "ENTERPRISE",
                    "region", "GUIYANG",
                    "creditStatus", "CLEAR",
                    "facts", Map.of("validPatentCount", 12, "inStatistics", true))),
            eq("HVP"),
            eq(2027));
    assertThat(html.text()).contains("未发现不符合的条件，部分条件待形式审查确认");
    assertThat(html.select("#criteria tbody tr")).hasSize(2);
    assertThat(html.select("#criteria").text()).contains("有效专利10件以上", "待形式审查确认", "无不良信用记录", "符合");

    Document english = page(get("/programmes/HVP/eligibility").param("lang", "en"));
    assertThat(english.select("#criteria").text())
        .contains("10 or more valid patents", "Left to the formal check", "Met");
  }

  private Document page(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
      throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(applicant()).with(csrf())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
