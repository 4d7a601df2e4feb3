package cn.gov.guizhou.ipp.portal.web;

import static cn.gov.guizhou.ipp.portal.web.SignedIn.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application's task list, its section pages, check your answers and submission, with the
 * platform's API stood in for: sections save the whole content with their part replaced, the API's
 * refusals land at their fields, and a submission carries the key its page was rendered with.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class ApplicationJourneyIntegrationTest {

  static final UUID ID = UUID.fromString("0d6c4c1e-5a4b-4d8e-9a55-3f6f7f1b2a01");
  static final String LEAD = "5b0f6a4e-2a43-4a51-9e57-8d8f0f6d1b11";

  @Autowired MockMvc mvc;
  @MockitoBean PlatformApi api;

  Map<String, Object> application() {
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("title", "高价值专利培育");
    content.put("summary", "简介");
    content.put("plan", Map.of("tasks", List.of(), "milestones", List.of()));
    content.put("budget", List.of(Map.of("category", "LABOUR", "amount", "500000.00")));
    content.put("declarations", Map.of("materialsTruthful", true));
    Map<String, Object> app = new LinkedHashMap<>();
    app.put("id", ID.toString());
    app.put("status", "DRAFT");
    app.put("trackName", "高价值专利培育项目");
    app.put("lead", Map.of("organisationId", LEAD, "legalName", "贵阳测试科技有限公司"));
    app.put("content", content);
    app.put("participants", List.of());
    app.put(
        "materials",
        List.of(
            Map.of("materialId", "HVP-M1", "nameZh", "申报书", "nameEn", "Form", "required", true)));
    app.put("history", List.of());
    app.put("createdAt", "2027-03-02T02:00:00Z");
    return app;
  }

  @BeforeEach
  void api() {
    given(api.get(eq("/api/applications/{id}"), any(Object[].class))).willReturn(application());
    given(api.list(eq("/api/organisations"), any(Object[].class)))
        .willReturn(List.of(Map.of("id", LEAD, "creditCode", "91520100MA6DT3K2X0")));
  }

  @Test
  void theTaskListShowsEachSectionWithItsStatusAsText() throws Exception {
    Document html = page(get("/applications/" + ID).with(applicant()));

    assertThat(html.select(".task-list-item")).hasSize(6);
    assertThat(html.selectFirst("#task-content-status").text()).isEqualTo("进行中");
    assertThat(html.selectFirst("#task-budget-status").text()).isEqualTo("已完成");
    assertThat(html.selectFirst("#task-participants-status").text()).isEqualTo("未开始");
    assertThat(html.selectFirst("#task-content").attr("href"))
        .isEqualTo("/applications/" + ID + "/content");
    assertThat(html.selectFirst("#task-content").attr("aria-describedby"))
        .isEqualTo("task-content-status");
  }

  @Test
  @SuppressWarnings("unchecked")
  void savingASectionSendsTheWholeContentWithThatSectionReplaced() throws Exception {
    MockHttpServletResponse saved =
        mvc.perform(
                post("/applications/" + ID + "/content")
                    .with(applicant())
                    .with(csrf())
                    .param("title", "高价值专利培育")
                    .param("summary", "新的简介")
                    .param("requestedAmount", "500000.00")
                    .param("implementationStart", "2027-06-01")
                    .param("implementationEnd", "2029-05-31"))
            .andReturn()
            .getResponse();

    assertThat(saved.getRedirectedUrl()).isEqualTo("/applications/" + ID);
    ArgumentCaptor<Object> body = ArgumentCaptor.forClass(Object.class);
    verify(api).put(eq("/api/applications/{id}"), body.capture(), eq(ID));
    Map<String, Object> sent = (Map<String, Object>) body.getValue();
    assertThat(sent)
        .containsEntry("summary", "新的简介")
        .containsEntry("requestedAmount", "500000.00")
        .containsEntry("implementationEnd", "2029-05-31");
    assertThat(sent.get("budget"))
        .isEqualTo(application().get("content") instanceof Map<?, ?> c ? c.get("budget") : null);
    assertThat((Map<String, Object>) sent.get("declarations"))
        .containsEntry("materialsTruthful", true);
  }

  @Test
  void anOverBudgetRequestShowsThePlatformsMessageAtTheField() throws Exception {
    given(api.put(eq("/api/applications/{id}"), any(), any(Object[].class)))
        .willThrow(
            refusal(
                422,
                Map.of(
                    "title",
                    "请求数据未通过校验",
                    "errors",
                    List.of(
                        Map.of("field", "requestedAmount", "message", "超过本类别的资助额度 500000.00 元")))));

    Document html =
        page(
            post("/applications/" + ID + "/content")
                .with(applicant())
                .with(csrf())
                .param("title", "高价值专利培育")
                .param("requestedAmount", "600000.00"));

    assertThat(html.title()).startsWith("错误：");
    assertThat(html.select(".error-summary a[href=#f-requestedAmount]").text())
        .isEqualTo("超过本类别的资助额度 500000.00 元");
    assertThat(html.selectFirst("#f-requestedAmount-error").text()).contains("超过本类别的资助额度");
    assertThat(html.selectFirst("#f-requestedAmount").val()).isEqualTo("600000.00");
    assertThat(html.selectFirst("#f-requestedAmount").attr("aria-describedby"))
        .contains("f-requestedAmount-error");
  }

  @Test
  void planRowsAreNamedAfterTheApiPathsWithSpareRows() throws Exception {
    Document html = page(get("/applications/" + ID + "/plan").with(applicant()));

    assertThat(html.select("input[name=plan.tasks[0].code]")).hasSize(1);
    assertThat(html.select("input[name=plan.tasks[1].weightPercent]")).hasSize(1);
    assertThat(html.select("input[name=plan.tasks[2].code]")).isEmpty();
    assertThat(html.selectFirst("label[for=f-plan-quarterlyTargets-0-quarter]")).isNotNull();
  }

  /**
   * What is saved shows again: a row's inputs carry the values the API answers, a declaration made
   * stays ticked, and check your answers lists each answer (a map read by a variable key, not by
   * the variable's name).
   */
  @Test
  void savedAnswersShowOnTheSectionPagesAndInCheckYourAnswers() throws Exception {
    Map<String, Object> app = application();
    @SuppressWarnings("unchecked")
    Map<String, Object> content = (Map<String, Object>) app.get("content");
    content.put("requestedAmount", 500000);
    content.put(
        "plan",
        Map.of(
            "tasks",
            List.of(Map.of("code", "T1", "name", "专利导航", "weightPercent", 40)),
            "quarterlyTargets",
            List.of(Map.of("quarter", "2027-Q1", "plannedCumulativePercent", 15))));
    given(api.get(eq("/api/applications/{id}"), any(Object[].class))).willReturn(app);

    Document plan = page(get("/applications/" + ID + "/plan").with(applicant()));
    assertThat(plan.selectFirst("#f-plan-tasks-0-code").val()).isEqualTo("T1");
    assertThat(plan.selectFirst("#f-plan-tasks-0-weightPercent").val()).isEqualTo("40");
    assertThat(plan.selectFirst("#f-plan-quarterlyTargets-0-quarter").val()).isEqualTo("2027-Q1");

    Document declarations = page(get("/applications/" + ID + "/declarations").with(applicant()));
    assertThat(declarations.selectFirst("#f-declarations-materialsTruthful").hasAttr("checked"))
        .isTrue();
    assertThat(declarations.selectFirst("#f-declarations-noDuplicateFunding").hasAttr("checked"))
        .isFalse();

    Document check = page(get("/applications/" + ID + "/check").with(applicant()));
    assertThat(check.selectFirst("#f-title").text()).contains("高价值专利培育");
    assertThat(check.selectFirst("#f-summary").text()).contains("简介");
    assertThat(check.selectFirst("#f-requestedAmount").text()).contains("500,000.00");
    assertThat(check.selectFirst("#f-plan-tasks").text()).contains("T1", "专利导航");
    assertThat(check.selectFirst("#f-plan-quarterlyTargets").text()).contains("2027-Q1");
    assertThat(check.selectFirst("#f-declarations-materialsTruthful").text()).contains("已承诺");
  }

  @Test
  void checkYourAnswersSubmitsOnceWithTheKeyItWasRenderedWith() throws Exception {
    Document check = page(get("/applications/" + ID + "/check").with(applicant()));
    String key = check.selectFirst("input[name=idempotencyKey]").val();
    assertThat(UUID.fromString(key)).isNotNull();
    assertThat(check.select("a[href=/applications/" + ID + "/content]")).isNotEmpty();
    assertThat(check.selectFirst("form[action$=/submission]").hasAttr("data-submit-once")).isTrue();

    for (int click = 0; click < 2; click++) {
      MockHttpServletResponse submitted =
          mvc.perform(
                  post("/applications/" + ID + "/submission")
                      .with(applicant())
                      .with(csrf())
                      .param("idempotencyKey", key))
              .andReturn()
              .getResponse();
      assertThat(submitted.getRedirectedUrl()).isEqualTo("/applications/" + ID + "/confirmation");
    }
    verify(api, times(2))
        .post(
            eq("/api/applications/{id}/submission"),
            isNull(),
            eq(Map.of("Idempotency-Key", key)),
            eq(ID));
  }

  @Test
  void aLateSubmissionShowsThePlatformsReasonInTheSummary() throws Exception {
    given(
            api.post(
                eq("/api/applications/{id}/submission"), isNull(), anyMap(), any(Object[].class)))
        .willThrow(
            refusal(
                409,
                Map.of(
                    "title", "Conflict with existing data",
                    "detail", "The request conflicts with existing data.",
                    "code", "WINDOW_CLOSED",
                    "reason", "the application window closed at 2027-04-30T09:00Z")));

    Document html =
        page(
            post("/applications/" + ID + "/submission")
                .with(applicant())
                .with(csrf())
                .param("idempotencyKey", UUID.randomUUID().toString()));

    assertThat(html.selectFirst(".error-summary").text())
        .contains(
            "Conflict with existing data", "the application window closed at 2027-04-30T09:00Z");
    assertThat(html.selectFirst("input[name=idempotencyKey]")).isNotNull();
  }

  private Document page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
    assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
    return Jsoup.parse(response.getContentAsString());
  }

  private static ApiProblemException refusal(int status, Map<String, Object> body) {
    return new ApiProblemException(ApiProblem.of(status, body));
  }
}
