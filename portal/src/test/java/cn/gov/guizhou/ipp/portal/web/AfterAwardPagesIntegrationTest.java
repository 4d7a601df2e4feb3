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
 * A funded project's after-award pages with the platform's API stood in for: the grant statement as
 * the API gives it (money in CNY with two decimals and thousands separators), expenditure sent as
 * the API's multipart and refused at its field, and the quarterly report per task for the open
 * round, with each round's state as text.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class AfterAwardPagesIntegrationTest {

  private static final UUID PROJECT = UUID.fromString("22222222-3333-4444-5555-666666666666");
  private static final String STATEMENT = "/api/funding/grants/{id}/statement";

  @Autowired MockMvc mvc;
  @MockitoBean PlatformApi api;

  @BeforeEach
  void platform() {
    Map<String, Object> statement = new HashMap<>();
    statement.put("applicationId", PROJECT.toString());
    statement.put("reference", "2027-HVP-0001");
    statement.put("status", "ACTIVE");
    statement.put("awarded", 500000);
    statement.put("committed", 500000);
    statement.put("paid", 500000);
    statement.put("spent", 1234.5);
    statement.put("eligibleSpending", 1234.5);
    statement.put("unspent", 498765.5);
    statement.put("recoveryOrdered", 0);
    statement.put("recovered", 0);
    statement.put("recoveryOutstanding", 0);
    statement.put(
        "categories",
        List.of(
            Map.of(
                "category",
                "PUBLICATION_AND_IP",
                "approved",
                250000,
                "paid",
                250000,
                "spent",
                1234.5,
                "eligible",
                1234.5,
                "budgetRemaining",
                248765.5,
                "overspent",
                0),
            Map.of(
                "category", "EXPERT_CONSULTING",
                "approved", 250000,
                "paid", 250000,
                "spent", 0,
                "eligible", 0,
                "budgetRemaining", 250000,
                "overspent", 0)));
    given(api.get(eq(STATEMENT), any(Object[].class))).willReturn(statement);
    given(
            api.page(
                eq("/api/funding/grants/{id}/expenditures"),
                eq(1),
                eq(20),
                any(),
                any(Object[].class)))
        .willReturn(
            new cn.gov.guizhou.ipp.portal.api.PagedList(
                List.of(
                    Map.of(
                        "id", "33333333-4444-5555-6666-777777777777",
                        "applicationId", PROJECT.toString(),
                        "category", "PUBLICATION_AND_IP",
                        "amount", 1234.5,
                        "spentOn", "2027-04-01",
                        "payee", "贵阳知识产权服务有限公司",
                        "description", "专利申请代理",
                        "voucher", Map.of("filename", "发票.pdf", "contentType", "application/pdf"),
                        "recordedAt", "2027-04-01T16:30:00Z")),
                1,
                1,
                20));
    given(api.get(eq("/api/monitoring/projects/{id}"), any(Object[].class)))
        .willReturn(
            Map.of(
                "projectId",
                PROJECT.toString(),
                "reference",
                "2027-HVP-0001",
                "plan",
                Map.of(
                    "tasks",
                    List.of(
                        Map.of("code", "T1", "name", "专利导航", "weightPercent", 40),
                        Map.of("code", "T2", "name", "专利申请与转化", "weightPercent", 60)),
                    "quarterlyTargets",
                    List.of(
                        Map.of("quarter", "2027-Q1", "plannedCumulativePercent", 15),
                        Map.of("quarter", "2027-Q2", "plannedCumulativePercent", 40)))));
    given(api.get(eq("/api/monitoring/projects/{id}/rounds/{q}"), any(Object[].class)))
        .willAnswer(
            call -> {
              if ("2027-Q1".equals(call.getArgument(2))) {
                throw new ApiProblemException(
                    new ApiProblem(404, null, "未找到", null, Map.of(), Map.of()));
              }
              Map<String, Object> report = new HashMap<>();
              report.put("quarter", "2027-Q2");
              report.put("reportDeadline", "2027-07-10");
              report.put("late", false);
              return report;
            });
  }

  @Test
  void theStatementShowsTheApisFiguresInYuanPerCategory() throws Exception {
    Document html = page(get("/projects/" + PROJECT));

    assertThat(html.select("#statement").text())
        .contains("执行中", "500,000.00 元", "1,234.50 元", "498,765.50 元");
    assertThat(html.select("#statement-categories tbody tr")).hasSize(2);
    assertThat(html.select("#statement-categories").text())
        .contains("出版/文献/信息传播/知识产权事务费", "248,765.50 元");
    assertThat(html.select("#project-links a[aria-current=page]").text()).isEqualTo("资金使用情况");

    Document english = page(get("/projects/" + PROJECT).param("lang", "en"));
    assertThat(english.select("#statement").text()).contains("Active", "CNY 500,000.00");
  }

  @Test
  void aGrantNotOpenedYetIsSaidSo() throws Exception {
    given(api.get(eq(STATEMENT), any(Object[].class)))
        .willThrow(
            new ApiProblemException(new ApiProblem(404, null, "未找到", null, Map.of(), Map.of())));
    Document html = page(get("/projects/" + PROJECT));
    assertThat(html.select("#statement-none").text()).contains("尚未建立资助账户");
  }

  @Test
  void anExpenseIsSentAsTheApisMultipartAndItsRefusalLandsAtTheField() throws Exception {
    given(
            api.postMultipart(
                eq("/api/funding/grants/{id}/expenditures"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                new ApiProblem(
                    422,
                    null,
                    "请求有误",
                    null,
                    Map.of("voucher", "must be a PDF, JPEG or PNG file"),
                    Map.of())));

    Document html =
        page(
            multipart("/projects/" + PROJECT + "/expenditures")
                .file(new MockMultipartFile("voucher", "凭证.txt", "text/plain", "x".getBytes()))
                .param("category", "PUBLICATION_AND_IP")
                .param("amount", "1,200.00")
                .param("spentOn", "2027-04-02")
                .param("payee", "贵阳知识产权服务有限公司")
                .param("description", "专利申请代理"));

    verify(api)
        .postMultipart(
            eq("/api/funding/grants/{id}/expenditures"),
            argThat(
                (MultiValueMap<String, Object> parts) -> {
                  Object part = parts.getFirst("expenditure");
                  return parts.containsKey("voucher")
                      && part instanceof HttpEntity<?> entity
                      && entity.getBody() instanceof Map<?, ?> body
                      && "1200.00".equals(body.get("amount"))
                      && "PUBLICATION_AND_IP".equals(body.get("category"))
                      && "2027-04-02".equals(body.get("spentOn"));
                }),
            eq(PROJECT));
    assertThat(html.selectFirst("#f-voucher-error").text()).contains("PDF, JPEG or PNG");
    assertThat(html.selectFirst("#f-voucher").attr("aria-invalid")).isEqualTo("true");
    assertThat(html.selectFirst(".error-summary a[href='#f-voucher']")).isNotNull();
    assertThat(html.selectFirst("#f-amount").attr("value")).isEqualTo("1,200.00");
    assertThat(html.select("#expenditures tbody tr").text())
        .contains("2027年4月1日", "1,234.50 元", "发票.pdf");
    assertThat(html.selectFirst("#expenditures a[download]").attr("href"))
        .isEqualTo(
            "/projects/" + PROJECT + "/expenditures/33333333-4444-5555-6666-777777777777/voucher");
  }

  @Test
  void eachRoundOfThePlanShowsItsStateAndTheOpenOneTakesTheReportPerTask() throws Exception {
    Document list = page(get("/projects/" + PROJECT + "/reports"));
    assertThat(list.select("#round-2027-Q1").text()).contains("本季度跟踪尚未开启");
    assertThat(list.select("#round-2027-Q1 a")).isEmpty();
    assertThat(list.select("#round-2027-Q2").text()).contains("40%", "2027年7月10日", "待报送");
    assertThat(list.selectFirst("#round-2027-Q2 a").attr("href"))
        .isEqualTo("/projects/" + PROJECT + "/rounds/2027-Q2/report");

    Document form = page(get("/projects/" + PROJECT + "/rounds/2027-Q2/report"));
    assertThat(form.select("label[for=f-tasks-T1]").text()).contains("T1", "专利导航", "40%");
    assertThat(form.select("#round-state").text()).contains("待报送");

    given(
            api.put(
                eq("/api/monitoring/projects/{id}/rounds/{q}/report"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                new ApiProblem(
                    422, null, "请求有误", null, Map.of("tasks.T2", "must be 0..100"), Map.of())));
    Document refused =
        page(
            post("/projects/" + PROJECT + "/rounds/2027-Q2/report")
                .param("tasks.T1", "45")
                .param("tasks.T2", "150")
                .param("note", "完成导航报告")
                .param("evidence", "导航报告.pdf\n\n 受理通知书 "));
    verify(api)
        .put(
            eq("/api/monitoring/projects/{id}/rounds/{q}/report"),
            eq(
                Map.of(
                    "tasks",
                    Map.of("T1", "45", "T2", "150"),
                    "note",
                    "完成导航报告",
                    "evidence",
                    List.of("导航报告.pdf", "受理通知书"))),
            eq(PROJECT),
            eq("2027-Q2"));
    assertThat(refused.selectFirst("#f-tasks-T2-error").text()).contains("must be 0..100");
    assertThat(refused.selectFirst("#f-tasks-T2").attr("aria-describedby"))
        .contains("f-tasks-T2-error");
    assertThat(refused.selectFirst("#f-tasks-T2").attr("value")).isEqualTo("150");
  }

  @Test
  void aSentReportGoesBackToTheRounds() throws Exception {
    MockHttpServletResponse sent =
        mvc.perform(
                post("/projects/" + PROJECT + "/rounds/2027-Q2/report")
                    .param("tasks.T1", "45")
                    .param("tasks.T2", "38")
                    .param("note", "完成导航报告")
                    .with(applicant())
                    .with(csrf()))
            .andReturn()
            .getResponse();
    assertThat(sent.getRedirectedUrl()).isEqualTo("/projects/" + PROJECT + "/reports");
  }

  private Document page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(request.with(applicant()).with(csrf())).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }
}
