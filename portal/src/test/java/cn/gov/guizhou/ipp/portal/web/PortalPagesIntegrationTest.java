package cn.gov.guizhou.ipp.portal.web;

import static cn.gov.guizhou.ipp.portal.web.SignedIn.applicant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.gov.guizhou.ipp.portal.api.ApiProblem;
import cn.gov.guizhou.ipp.portal.api.ApiProblemException;
import cn.gov.guizhou.ipp.portal.api.PlatformApi;
import cn.gov.guizhou.ipp.testkit.IntegrationTestInitializer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal's own behaviour, with the platform's API stood in for (the browser tests in
 * system-tests drive the real one): localisation, the problem shown at its field, CSRF, security
 * headers, PKCE sign-in and sessions kept in PostgreSQL.
 */
@SpringBootTest(properties = "ipp.portal.call-year=2027")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = IntegrationTestInitializer.class)
class PortalPagesIntegrationTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @MockitoBean PlatformApi api;

  private static final Map<String, Object> CALL =
      Map.of(
          "year", 2027,
          "state", "OPEN",
          "titleZh", "贵州省知识产权运用促进项目申报指南",
          "titleEn", "Application guide for the Guizhou Province IP utilisation programmes",
          "issuer", "贵州省知识产权局",
          "exclusivity", List.of(),
          "applicationOpensAt", "2027-03-01T01:00:00Z",
          "applicationClosesAt", "2027-04-30T09:00:00Z");

  private static final Map<String, Object> HVP =
      Map.of(
          "code", "HVP",
          "section", "1.1",
          "programmeNameZh", "高价值专利培育项目",
          "nameEn", "High-value patent cultivation",
          "category", "PRE_SUBSIDY",
          "eligibleApplicantTypes", List.of("ENTERPRISE", "UNIVERSITY_OR_RESEARCH_INSTITUTE"),
          "application", Map.of("mode", "ALONE_OR_JOINT"),
          "fundingRule", Map.of("kind", "FIXED_AMOUNT", "amount", "500000.00"));

  @BeforeEach
  void catalogue() {
    given(api.getPublic(eq("/api/calls/{year}"), any(Object[].class))).willReturn(CALL);
    given(api.listPublic(eq("/api/programmes?year={year}"), any(Object[].class)))
        .willReturn(List.of(HVP));
  }

  @Test
  void theCatalogueIsPublicAndChineseByDefault() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/")).andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(200);
    Document html = Jsoup.parse(page.getContentAsString());
    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
    assertThat(html.selectFirst("h1").text()).contains("贵州省知识产权运用促进项目申报指南");
    assertThat(html.text()).contains("每个项目资助500,000.00 元", "企业、高校院所", "正在受理申报");
    assertThat(html.text()).contains("2027年3月1日 09:00");
    assertThat(html.selectFirst("a.lang-switch").attr("href")).isEqualTo("/?lang=en");
  }

  @Test
  void theLanguageSwitchGivesEnglishAndIsRemembered() throws Exception {
    MockHttpServletResponse switched =
        mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();

    Document html = Jsoup.parse(switched.getContentAsString());
    assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(html.text())
        .contains("CNY 500,000.00 per project", "Enterprise", "1 Mar 2027, 09:00");
    assertThat(switched.getCookie("IPP_LANG")).isNotNull();
    assertThat(switched.getCookie("IPP_LANG").isHttpOnly()).isTrue();

    Document later =
        Jsoup.parse(
            mvc.perform(get("/").cookie(switched.getCookie("IPP_LANG")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(later.selectFirst("html").attr("lang")).isEqualTo("en");
  }

  @Test
  void aBrowserPreferringEnglishGetsEnglish() throws Exception {
    Document english =
        Jsoup.parse(
            mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.9"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    Document chinese =
        Jsoup.parse(
            mvc.perform(get("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(chinese.selectFirst("html").attr("lang")).isEqualTo("zh-Hans");
  }

  @Test
  void pagesForbidInlineScriptsAndFraming() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/")).andReturn().getResponse();

    String csp = page.getHeader("Content-Security-Policy");
    assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
    assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    Document html = Jsoup.parse(page.getContentAsString());
    assertThat(html.select("script:not([src])")).isEmpty();
    assertThat(html.select("[style]")).isEmpty();
    assertThat(html.select("[onclick],[onsubmit],[onload]")).isEmpty();
  }

  @Test
  void signingInUsesPkceAndKeepsTheRequestInAPostgresSession() throws Exception {
    MockHttpServletResponse start =
        mvc.perform(get("/oauth2/authorization/keycloak")).andReturn().getResponse();

    assertThat(start.getStatus()).isEqualTo(302);
    String location = start.getRedirectedUrl();
    assertThat(location)
        .startsWith("http://localhost:8180/realms/guizhou-ip/protocol/openid-connect/auth?")
        .contains("response_type=code", "client_id=ipp-portal", "code_challenge_method=S256")
        .contains("code_challenge=", "ui_locales=zh-Hans");
    String cookie = start.getHeader("Set-Cookie");
    assertThat(cookie).contains("IPP_PORTAL_SESSION=", "HttpOnly", "SameSite=Lax");
    Long sessions = jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    assertThat(sessions).isPositive();
  }

  @Test
  void theSignInPageSpeaksThePortalsLanguage() throws Exception {
    String location =
        mvc.perform(get("/oauth2/authorization/keycloak").header("Accept-Language", "en"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(location).contains("ui_locales=en");
  }

  @Test
  void aSignedOutVisitorIsSentToSignIn() throws Exception {
    MockHttpServletResponse page = mvc.perform(get("/organisations")).andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(302);
    assertThat(page.getRedirectedUrl()).endsWith("/oauth2/authorization/keycloak");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndNothingIsSent() throws Exception {
    MockHttpServletResponse refused =
        mvc.perform(post("/organisations").with(applicant()).param("creditCode", "X"))
            .andReturn()
            .getResponse();

    assertThat(refused.getStatus()).isEqualTo(403);
    verify(api, never()).post(anyString(), any(), any(Object[].class));
  }

  @Test
  void theApisRefusalIsShownAtTheFieldItNames() throws Exception {
    given(api.post(eq("/api/organisations"), any(), any(Object[].class)))
        .willThrow(
            new ApiProblemException(
                ApiProblem.of(
                    422,
                    Map.of(
                        "title",
                        "请求内容有误",
                        "errors",
                        List.of(
                            Map.of("field", "creditCode", "message", "统一社会信用代码校验位不正确"),
                            Map.of("field", "contacts[0].phone", "message", "须为数字"))))));

    MockHttpServletResponse page =
        mvc.perform(
                post("/organisations")
                    .with(applicant())
                    .with(csrf())
                    .param("creditCode", "91520100MA6DT3K2X0")
                    .param("legalName", "贵阳测试科技有限公司")
                    .param("type", "ENTERPRISE")
                    .param("region", "GUIYANG")
                    .param("legalRepresentative", "张三")
                    .param("contactName", "李四")
                    .param("contactPhone", "abc"))
            .andReturn()
            .getResponse();

    assertThat(page.getStatus()).isEqualTo(200);
    Document html = Jsoup.parse(page.getContentAsString());
    assertThat(html.title()).startsWith("错误：");
    assertThat(html.select(".error-summary a[href=#f-creditCode]").text())
        .isEqualTo("统一社会信用代码校验位不正确");
    assertThat(html.select(".error-summary a[href=#f-contacts-0-phone]").text()).isEqualTo("须为数字");
    assertThat(html.selectFirst("#f-creditCode-error").text()).contains("统一社会信用代码校验位不正确");
    assertThat(html.selectFirst("#f-creditCode").attr("aria-invalid")).isEqualTo("true");
    assertThat(html.selectFirst("#f-creditCode").attr("aria-describedby"))
        .contains("f-creditCode-error");
    assertThat(html.selectFirst("#f-creditCode").val()).isEqualTo("91520100MA6DT3K2X0");
    assertThat(html.selectFirst("#f-legalName").val()).isEqualTo("贵阳测试科技有限公司");
    assertThat(html.selectFirst("#f-type option[selected]").val()).isEqualTo("ENTERPRISE");
    assertThat(html.selectFirst("label[for=f-contacts-0-phone]")).isNotNull();
  }

  @Test
  void aRegistrationTheApiAcceptsLeadsToTheOrganisation() throws Exception {
    given(api.post(eq("/api/organisations"), any(), any(Object[].class)))
        .willReturn(Map.of("id", "5b0f6a4e-2a43-4a51-9e57-8d8f0f6d1b11"));

    MockHttpServletResponse page =
        mvc.perform(
                post("/organisations")
                    .with(applicant())
                    .with(csrf())
                    .param("creditCode", "91520100ma6dt3k2x0 ")
                    .param("legalName", "贵阳测试科技有限公司")
                    .param("type", "ENTERPRISE")
                    .param("region", "GUIYANG")
                    .param("legalRepresentative", "张三"))
            .andReturn()
            .getResponse();

    assertThat(page.getRedirectedUrl())
        .isEqualTo("/organisations/5b0f6a4e-2a43-4a51-9e57-8d8f0f6d1b11");
    verify(api)
        .post(
            eq("/api/organisations"),
            eq(
                Map.of(
                    "creditCode", "91520100MA6DT3K2X0",
                    "legalName", "贵阳测试科技有限公司",
                    "type", "ENTERPRISE",
                    "region", "GUIYANG",
                    "legalRepresentative", "张三")),
            any(Object[].class));
  }

  @Test
  void aSignedInPageWarnsBeforeTheSessionEnds() throws Exception {
    given(api.page(eq("/api/organisations"), eq(1), eq(20), any(), any(Object[].class)))
        .willReturn(new cn.gov.guizhou.ipp.portal.api.PagedList(List.of(), 0, 1, 20));

    Document html =
        Jsoup.parse(
            mvc.perform(get("/organisations").with(applicant()))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(html.body().attr("data-session-seconds")).isEqualTo("1800");
    assertThat(html.body().attr("data-session-warning-seconds")).isEqualTo("300");
    assertThat(html.selectFirst("dialog#session-warning")).isNotNull();
    assertThat(html.selectFirst("form[action=/sign-out] input[name=_csrf]")).isNotNull();
  }

  @Test
  void anUnknownPageIsNotFoundEvenForAVisitor() throws Exception {
    MockHttpServletResponse page =
        mvc.perform(get("/no-such-page").accept("text/html")).andReturn().getResponse();

    assertThat(page.getStatus()).isEqualTo(404);
  }
}
