package cn.gov.guizhou.ipp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.gov.guizhou.ipp.testkit.EventSender;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The real platform, driven through the gateway on port 8080 with tokens issued by the real
 * Keycloak, as the portal, a risk-control firm's client and a script would use it.
 */
@ExtendWith(LocalPlatform.class)
class PlatformSystemTest {

  private static final Http gateway = Http.to("http://localhost:8080");

  private static Http officer;
  private static Http applicantA;

  private static EventSender kafka;

  @BeforeAll
  static void setUp() {
    officer = gateway.bearer(Keycloak.userToken("officer"));
    applicantA = gateway.bearer(Keycloak.userToken("applicant-a"));
    kafka = new EventSender("127.0.0.1:9092");
    Portal.openTheCall(officer);
  }

  @AfterAll
  static void close() {
    kafka.close();
  }

  @Test
  void anOfficersTokenFromKeycloakIsAccepted() {
    Http.Response response = officer.get("/api/organisations");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().isArray()).isTrue();
  }

  @Test
  void everyAreaNeedsAToken() {
    for (String path :
        List.of(
            "/api/organisations",
            "/api/review/organisations/" + UsccGenerator.next(),
            "/api/monitoring/projects/" + UUID.randomUUID() + "/ledger")) {
      Http.Response response = gateway.get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.header("WWW-Authenticate")).as(path).startsWith("Bearer");
    }
  }

  @Test
  void aValidTokenWithoutTheRoleIsRefusedWith403() {
    assertThat(applicantA.get("/api/review/organisations/" + UsccGenerator.next()).status())
        .isEqualTo(403);
    // The role is checked before the body: a caller without it learns nothing from validation.
    assertThat(applicantA.post("/api/monitoring/rounds", Map.of()).status()).isEqualTo(403);
    assertThat(
            gateway
                .bearer(Keycloak.userToken("expert-1"))
                .post(
                    "/api/funding/securitisation/subsidy-calculations",
                    Map.of("issuanceAmount", "1", "issuanceScale", "1", "actualFinancing", "1"))
                .status())
        .isEqualTo(403);
  }

  @Test
  void tokensNotIssuedForThePlatformOrForgedAreRefusedWith401() throws Exception {
    String real = Keycloak.userToken("officer");
    JWTClaimsSet claims = SignedJWT.parse(real).getJWTClaimsSet();
    String kid = SignedJWT.parse(real).getHeader().getKeyID();
    RSAKey otherKey = new RSAKeyGenerator(2048).keyID(kid).generate();

    String signedByAnotherKey = sign(claims, otherKey);
    String fromAnotherIssuer =
        sign(
            new JWTClaimsSet.Builder(claims).issuer("http://localhost:8180/realms/master").build(),
            otherKey);
    String expired =
        sign(
            new JWTClaimsSet.Builder(claims)
                .expirationTime(new Date(System.currentTimeMillis() - 60_000))
                .build(),
            otherKey);
    // Keycloak's own admin-cli client issues tokens without the ipp-api audience.
    String withoutAudience = Keycloak.userToken("admin-cli", "officer");

    assertThat(gateway.bearer(signedByAnotherKey).get("/api/organisations").status())
        .as("signed by another key")
        .isEqualTo(401);
    assertThat(gateway.bearer(fromAnotherIssuer).get("/api/organisations").status())
        .as("another issuer")
        .isEqualTo(401);
    assertThat(gateway.bearer(expired).get("/api/organisations").status())
        .as("expired")
        .isEqualTo(401);
    assertThat(gateway.bearer(withoutAudience).get("/api/organisations").status())
        .as("without the ipp-api audience")
        .isEqualTo(401);
  }

  @Test
  void anyoneReadsThePublishedCatalogue() {
    Http.Response response = gateway.get("/api/programmes?year=2027");
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().size()).isEqualTo(15);
    assertThat(gateway.get("/api/programmes/HVP").json().get("programmeNameZh").asString())
        .isEqualTo("高价值专利培育项目");
  }

  @Test
  void aRegisteredOrganisationTravelsOverKafkaToReview() {
    String code = UsccGenerator.next();
    Http.Response registered =
        applicantA.post(
            "/api/organisations",
            Map.of(
                "creditCode", code,
                "legalName", "贵州系统测试科技有限公司",
                "type", "ENTERPRISE",
                "region", "ZUNYI",
                "legalRepresentative", "王五"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    String id = registered.json().get("id").asString();

    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> officer.get("/api/review/organisations/" + code).status() == 200);
    JsonNode known = officer.get("/api/review/organisations/" + code).json();
    assertThat(known.get("organisationId").asString()).isEqualTo(id);
    assertThat(known.get("region").asString()).isEqualTo("ZUNYI");

    Http applicantB = gateway.bearer(Keycloak.userToken("applicant-b"));
    assertThat(applicantB.get("/api/organisations/" + id).status()).isEqualTo(404);
  }

  @Test
  void aRiskControlFirmRecordsProgressOnlyOnTheProjectsItMonitors() {
    // A plan year of its own (MonitoringSystemTest takes 2200-2899), so rounds never collide.
    int planYear = 2900 + ThreadLocalRandom.current().nextInt(100);
    String path = "/api/monitoring/projects/" + monitoredProject(planYear);
    Http.Response assigned = officer.put(path + "/firm", Map.of("firmClientId", "risk-firm-demo"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    String quarter = planYear + "-Q2";
    Monitoring.openRound(officer, quarter, 0);

    Http firm = gateway.bearer(Keycloak.clientToken("risk-firm-demo", "risk-firm-demo-secret"));
    Http otherFirm =
        gateway.bearer(Keycloak.clientToken("risk-firm-b-demo", "risk-firm-b-demo-secret"));
    assertThat(Monitoring.verify(otherFirm, path, quarter, "40", "20").status()).isEqualTo(404);
    assertThat(otherFirm.get(path + "/ledger").status()).isEqualTo(404);
    assertThat(otherFirm.get(path).status()).isEqualTo(404);

    // 0.4 × 40 + 0.6 × 20 = 28 against the plan's 40: 12 points behind.
    Http.Response verified = Monitoring.verify(firm, path, quarter, "40", "20");
    assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
    JsonNode ledger = firm.get(path + "/ledger").json();
    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.get(0).get("plannedCompletion").decimalValue()).isEqualByComparingTo("40");
    assertThat(ledger.get(0).get("actualCompletion").decimalValue()).isEqualByComparingTo("28");
    assertThat(ledger.get(0).get("warningDue").asBoolean()).isTrue();
    assertThat(otherFirm.get(path + "/ledger").status()).isEqualTo(404);
  }

  @Test
  void administratorsReadTheAuditTrailThroughTheGateway() {
    UUID project = monitoredProject(2900 + ThreadLocalRandom.current().nextInt(100));
    Http.Response assigned =
        officer.put(
            "/api/monitoring/projects/" + project + "/firm",
            Map.of("firmClientId", "risk-firm-demo"));
    assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
    Http otherFirm =
        gateway.bearer(Keycloak.clientToken("risk-firm-b-demo", "risk-firm-b-demo-secret"));
    assertThat(otherFirm.get("/api/monitoring/projects/" + project).status()).isEqualTo(404);

    Http admin = gateway.bearer(Keycloak.userToken("admin"));
    Http.Response trail =
        admin.get("/api/audit/monitoring-service?objectType=monitored-project&objectId=" + project);
    assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
    assertThat(trail.json().findValuesAsString("action")).contains("monitoring.assign-firm");
    assertThat(trail.json().toString())
        .as("another firm's attempt is on the record")
        .contains("NOT_VISIBLE")
        .contains("risk-firm-b-demo");
    assertThat(
            officer
                .get(
                    "/api/audit/monitoring-service?objectType=monitored-project&objectId="
                        + project)
                .status())
        .isEqualTo(403);
  }

  private static UUID monitoredProject(int planYear) {
    String code = UsccGenerator.withOrganisationCodeStartingWith('A');
    UUID organisation =
        UUID.fromString(Portal.register(applicantA, "ENTERPRISE", "贵州进度核查科技有限公司", code));
    return Monitoring.funded(kafka, officer, organisation, code, planYear);
  }

  @Test
  void anApplicantAssessesItsEligibilityAgainstThePublishedCall() {
    Http.Response call = gateway.get("/api/calls/2027");
    assertThat(call.status()).isEqualTo(200);
    assertThat(call.json().get("trackCodes").size()).isEqualTo(15);

    Http.Response assessed =
        applicantA.post(
            "/api/programmes/HVP/eligibility",
            Map.of(
                "organisationType", "UNIVERSITY_OR_RESEARCH_INSTITUTE",
                "region", "GUIYANG",
                "creditStatus", "CLEAR",
                "facts", Map.of("validPatentCount", 29, "hasProvincialPlatform", true)));
    assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
    assertThat(assessed.json().get("overall").asString()).isEqualTo("NOT_ELIGIBLE");
    assertThat(gateway.post("/api/programmes/HVP/eligibility", Map.of()).status()).isEqualTo(401);
    assertThat(applicantA.get("/api/calls/2027/administration").status()).isEqualTo(403);
  }

  @Test
  void creditChecksRunAgainstTheRegistrySimulator() {
    String clean = register(UsccGenerator.withOrganisationCodeStartingWith('A'));
    String penalised = register(UsccGenerator.withOrganisationCodeStartingWith('P'));

    Http.Response cleanCheck = officer.post("/api/organisations/" + clean + "/credit-checks", "");
    assertThat(cleanCheck.status()).as(cleanCheck.toString()).isEqualTo(201);
    assertThat(cleanCheck.json().get("outcome").asString()).isEqualTo("CLEAR");
    Http.Response dirtyCheck =
        officer.post("/api/organisations/" + penalised + "/credit-checks", "");
    assertThat(dirtyCheck.json().get("outcome").asString()).isEqualTo("RECORDS_FOUND");
    assertThat(dirtyCheck.json().get("records").get(0).get("category").asString())
        .isEqualTo("ADMINISTRATIVE_PENALTY");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                applicantA.get("/api/organisations/" + clean + "/credit-checks").json().size()
                    >= 2);
  }

  private static String register(String code) {
    Http.Response registered =
        applicantA.post(
            "/api/organisations",
            Map.of(
                "creditCode", code,
                "legalName", "贵州信用演示有限公司",
                "type", "ENTERPRISE",
                "region", "ANSHUN",
                "legalRepresentative", "吴十"));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    return registered.json().get("id").asString();
  }

  @Test
  void healthIsOpenAtTheEdge() {
    assertThat(gateway.get("/actuator/health/readiness").status()).isEqualTo(200);
  }

  private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }
}
