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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.http.HttpEntity;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

/**
 * A project's warning notices, the rectification plan filed for one, and the securitisation subsidy
 * claim with its seven materials and its place in the queue, with the platform's API stood in for:
 * what the API answers is shown with every state as text, what it refuses is shown at its field.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class NoticeAndClaimPagesIntegrationTest {

  private static final UUID PROJECT = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final UUID NOTICE = UUID.fromString("22222222-2222-3333-4444-555555555555");
  private static final UUID ORG = UUID.fromString("33333333-2222-3333-4444-555555555555");
  private static final UUID CLAIM = UUID.fromString("44444444-2222-3333-4444-555555555555");
  private static final String TRACK = "DATA-IP-SECURITISATION";

  @Autowired MockMvc mvc;
  @MockitoBean PlatformApi api;

  @BeforeEach
  void platform() {
    given(api.get(eq("/api/monitoring/projects/{id}"), any(Object[].class)))
        .willReturn(
            Map.of(
                "projectId", PROJECT.toString(), "reference", "2027-HVP-0007", "colour", "YELLOW"));
    given(api.get(eq("/api/monitoring/notices/{id}"), any(Object[].class))).willReturn(notice());
    given(api.getPublic(eq("/api/programmes/{code}?year={year}"), any(Object[].class)))
        .willReturn(track());
    given(api.list("/api/organisations"))
        .willReturn(
            List.of(
                Map.of(
                    "id", ORG.toString(),
                    "legalName", "贵州数据资产演示有限公司",
                    "type", "ENTERPRISE")));
  }

  /** A 12-point lag at 2027-Q2 (40 planned, 28 verified): a first plan returned by the firm. */
  private static Map<String, Object> notice() {
    Map<String, Object> returned = new HashMap<>();
    returned.put("id", UUID.randomUUID().toString());
    returned.put("content", "增派研发人员");
    returned.put("measures", List.of("6月底前完成专利检索"));
    returned.put("filedAt", "2027-07-10T02:00:00Z");
    returned.put("decision", "RETURNED");
    returned.put("decisionReason", "措施缺少完成时限");
    returned.put("decidedAt", "2027-07-12T02:00:00Z");
    Map<String, Object> notice = new HashMap<>();
    notice.put("id", NOTICE.toString());
    notice.put("projectId", PROJECT.toString());
    notice.put("quarter", "2027-Q2");
    notice.put("reviewDate", "2027-07-05");
    notice.put("plannedCompletion", 40.00);
    notice.put("actualCompletion", 28.00);
    notice.put("lagPoints", 12.00);
    notice.put("rectificationDue", "2027-08-04");
    notice.put("status", "OPEN");
    notice.put("issuedAt", "2027-07-05T02:00:00Z");
    notice.put("plans", List.of(returned));
    return notice;
  }

  private static Map<String, Object> track() {
    List<Map<String, Object>> materials = new ArrayList<>();
    for (int m = 1; m <= 7; m++) {
      materials.add(
          Map.of("id", TRACK + "-M" + m, "zh", "材料" + m, "en", "Material " + m, "required", true));
    }
    return Map.of(
        "code",
        TRACK,
        "programmeNameZh",
        "贵州省数据知识产权证券化资助项目",
        "nameEn",
        "Data-IP securitisation",
        "fundingRule",
        Map.of("kind", "PERCENTAGE_WITH_ANNUAL_CAP", "rate", "0.04", "annualCap", "2000000.00"),
        "materials",
        materials);
  }

  @Test
  void aNoticeShowsWhatLagsByHowMuchTheDeadlineAndEachPlansState() throws Exception {
    given(api.list(eq("/api/monitoring/projects/{id}/notices"), any(Object[].class)))
        .willReturn(List.of(notice()));
    Document list = page(get("/projects/" + PROJECT + "/notices"));
    assertThat(list.select("#notice-list tbody tr")).hasSize(1);
    assertThat(list.select("#notice-list").text()).contains("2027-Q2", "12个百分点", "待提交整改方案");

    Document html = page(get("/notices/" + NOTICE));
    assertThat(html.select("#notice-figures").text()).contains("40%", "28%", "12个百分点", "2027年8月4日");
    assertThat(html.select("#notice-status").text()).contains("待提交整改方案");
    assertThat(html.select("#plan-list").text()).contains("已退回，请修改后重新提交", "措施缺少完成时限", "6月底前完成专利检索");
    assertThat(html.select("#f-content")).hasSize(1);
    assertThat(html.selectFirst("#f-content").text()).isEmpty();

    Document english = page(get("/notices/" + NOTICE).param("lang", "en"));
    assertThat(english.select("#notice-figures").text()).contains("12 percentage points");
    assertThat(english.select("#plan-list").text()).contains("Returned");
  }

  @Test
  void aPlanIsSentWithOneMeasureALineAndItsRefusalLandsAtTheField() throws Exception {
    given(
            api.post(
                eq("/api/monitoring/notices/{id}/rectification-plans"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                new ApiProblem(400, null, "请求有误", null, Map.of("content", "不能为空"), Map.of())));

    Document html =
        page(
            post("/notices/" + NOTICE + "/rectification-plans")
                .param("content", " ")
                .param("measures", "7月底前补齐专利检索\n\n 8月底前提交申请 \n"));

    verify(api)
        .post(
            eq("/api/monitoring/notices/{id}/rectification-plans"),
            argThat(
                (Map<String, Object> body) ->
                    body.get("measures").equals(List.of("7月底前补齐专利检索", "8月底前提交申请"))),
            any(Object[].class));
    assertThat(html.select(".error-summary a[href='#f-content']").text()).isEqualTo("不能为空");
    assertThat(html.selectFirst("#f-content").attr("aria-invalid")).isEqualTo("true");
    assertThat(html.selectFirst("#f-content").attr("aria-describedby")).contains("f-content-error");
    assertThat(html.selectFirst("#f-measures").text()).contains("8月底前提交申请");
    assertThat(html.selectFirst("#f-content").text()).isEmpty();
  }

  @Test
  void theClaimFormOffersTheSevenMaterialsAndARefusalLandsAtTheMaterial() throws Exception {
    Document form = page(get("/securitisation/claims/new").param("organisationId", ORG.toString()));
    assertThat(form.select("#claim-materials input[type=file]")).hasSize(7);
    assertThat(form.select("input[name='" + TRACK + "-M7']")).hasSize(1);
    assertThat(form.text()).contains("4%", "2,000,000.00 元");

    given(api.postMultipart(eq("/api/funding/securitisation/claims"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                new ApiProblem(
                    422,
                    null,
                    "请求有误",
                    null,
                    Map.of(TRACK + "-M7", "必须提交：（数据）知识产权评估报告"),
                    Map.of())));
    var request = multipart("/securitisation/claims");
    for (int m = 1; m <= 6; m++) {
      request.file(
          new MockMultipartFile(
              TRACK + "-M" + m,
              "M" + m + ".pdf",
              "application/pdf",
              "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    }
    Document html =
        page(
            request
                .param("organisationId", ORG.toString())
                .param("productName", "贵州数据知识产权资产支持专项计划")
                .param("productCode", "ABS2026")
                .param("issuanceAmount", "30000000.00")
                .param("issueDate", "2026-03-01")
                .param("endDate", "2026-09-30")
                .param("financingAmount", "15000000.00"));

    verify(api)
        .postMultipart(
            eq("/api/funding/securitisation/claims"),
            argThat(
                (MultiValueMap<String, Object> parts) ->
                    parts.size() == 7
                        && parts.getFirst("claim") instanceof HttpEntity<?> claim
                        && claim.getBody().toString().contains("financingAmount=15000000.00")
                        && claim.getBody().toString().contains("callYear=2027")),
            any(Object[].class));
    String field = "f-" + TRACK + "-M7";
    assertThat(html.select(".error-summary a[href='#" + field + "']").text()).contains("知识产权评估报告");
    assertThat(html.selectFirst("#" + field).attr("aria-invalid")).isEqualTo("true");
    assertThat(html.selectFirst("#f-productCode").attr("value")).isEqualTo("ABS2026");
  }

  @Test
  void theClaimShowsItsPlaceInTheQueueItsStateAndItsMaterials() throws Exception {
    Map<String, Object> claim = new HashMap<>();
    claim.put("id", CLAIM.toString());
    claim.put("reference", "2027-SEC-0051");
    claim.put("callYear", 2027);
    claim.put("sequence", 51);
    claim.put("organisationId", ORG.toString());
    claim.put("legalName", "贵州数据资产演示有限公司");
    claim.put("productName", "贵州数据知识产权资产支持专项计划");
    claim.put("productCode", "ABS2026");
    claim.put("issuanceAmount", 30000000.00);
    claim.put("issueDate", "2026-03-01");
    claim.put("endDate", "2026-09-30");
    claim.put("financingAmount", 15000000.00);
    claim.put("uncappedSubsidy", 600000.00);
    claim.put("reservedAmount", 0);
    claim.put("status", "QUEUED");
    claim.put("filedAt", "2027-03-02T01:00:00Z");
    claim.put(
        "materials",
        List.of(
            Map.of(
                "materialId",
                TRACK + "-M1",
                "filename",
                "申报书.pdf",
                "contentType",
                "application/pdf",
                "size",
                2048)));
    given(api.get(eq("/api/funding/securitisation/claims/{id}"), any(Object[].class)))
        .willReturn(claim);

    Document html = page(get("/securitisation/claims/" + CLAIM));
    assertThat(html.select("#claim-queue").text()).contains("2027年度第51位申领", "600,000.00 元");
    assertThat(html.select("#claim-status").text()).contains("排队等候");
    assertThat(
            html.select(
                "#claim-material-list a[href='/securitisation/claims/"
                    + CLAIM
                    + "/materials/"
                    + TRACK
                    + "-M1']"))
        .hasSize(1);
    assertThat(html.select("#claim-material-list").text()).contains("材料1");

    Document english = page(get("/securitisation/claims/" + CLAIM).param("lang", "en"));
    assertThat(english.select("#claim-queue").text()).contains("Claim number 51 of 2027");
    assertThat(english.select("#claim-status").text()).contains("Waiting in the queue");
  }

  @Test
  void anEnterprisesClaimsAreListedAPageAtATimeWithTheirPlacesAndStates() throws Exception {
    given(api.get(eq("/api/organisations/{id}"), any(Object[].class)))
        .willReturn(
            Map.of("id", ORG.toString(), "legalName", "贵州数据资产演示有限公司", "type", "ENTERPRISE"));
    Map<String, Object> entry = new HashMap<>();
    entry.put("id", CLAIM.toString());
    entry.put("callYear", 2027);
    entry.put("reference", "2027-SEC-0051");
    entry.put("sequence", 51);
    entry.put("productName", "贵州数据知识产权资产支持专项计划");
    entry.put("reservedAmount", 0);
    entry.put("status", "QUEUED");
    entry.put("filedAt", "2027-03-02T01:00:00Z");
    given(
            api.page(
                eq("/api/funding/securitisation/organisations/{id}/claims"),
                eq(2),
                eq(20),
                any(),
                any(Object[].class)))
        .willReturn(new cn.gov.guizhou.ipp.portal.api.PagedList(List.of(entry), 21, 2, 20));

    Document html =
        page(get("/organisations/" + ORG + "/securitisation-claims").param("page", "2"));

    assertThat(html.select("#claims tbody tr")).hasSize(1);
    assertThat(html.select("#claims tbody").text())
        .contains("2027-SEC-0051", "2027年度第51位申领", "排队等候", "0.00 元");
    assertThat(html.select("#claims a[href='/securitisation/claims/" + CLAIM + "']")).hasSize(1);
    assertThat(html.select("nav.pager a[rel=prev]").attr("href"))
        .isEqualTo("/organisations/" + ORG + "/securitisation-claims");
    Document english =
        page(
            get("/organisations/" + ORG + "/securitisation-claims")
                .param("page", "2")
                .param("lang", "en"));
    assertThat(english.select("#claims tbody").text())
        .contains("Claim number 51 of 2027", "Waiting in the queue");
  }

  private Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(applicant()).with(csrf())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
