package cn.gov.guizhou.ipp.applicant.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.guizhou.ipp.applicant.organisation.Registrations;
import cn.gov.guizhou.ipp.kit.files.DocumentKind;
import cn.gov.guizhou.ipp.testkit.Http;
import cn.gov.guizhou.ipp.testkit.IntegrationTest;
import cn.gov.guizhou.ipp.testkit.TestTokenIssuer;
import cn.gov.guizhou.ipp.testkit.UsccGenerator;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Uploads through the HTTP API into the real database: types told from content, limits, who may
 * read what, and downloads that return the bytes uploaded.
 */
@IntegrationTest
class DocumentIntegrationTest {

  private static final TestTokenIssuer tokens = TestTokenIssuer.get();
  private static final String PAYLOAD_TOO_LARGE =
      "https://ipp.guizhou.gov.cn/problems/payload-too-large";

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient jdbc;

  Http api;
  Http applicantA;
  Http applicantB;
  Http officer;
  String organisation;

  @BeforeEach
  void clients() {
    api = Http.to("http://127.0.0.1:" + port);
    applicantA = api.bearer(tokens.tokenFor("applicant-a", "applicant"));
    applicantB = api.bearer(tokens.tokenFor("applicant-b", "applicant"));
    officer = api.bearer(tokens.tokenFor("officer", "programme-officer"));
    Http.Response registered =
        applicantA.post("/api/organisations", Registrations.enterprise(UsccGenerator.next()));
    assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    organisation = registered.json().get("id").asString();
  }

  private String documents() {
    return "/api/organisations/" + organisation + "/documents";
  }

  private Http.Response upload(Http client, String filename, String declaredType, byte[] content) {
    return client.postFile(documents(), "file", filename, declaredType, content);
  }

  @Test
  void theListPagesAndFiltersByKind() throws Exception {
    String oldest =
        upload(applicantA, "a.pdf", "application/pdf", Files.pdf()).json().get("id").asString();
    String image =
        upload(applicantA, "b.png", "image/png", Files.png()).json().get("id").asString();
    String newest =
        upload(applicantA, "c.pdf", "application/pdf", Files.pdf()).json().get("id").asString();

    Http.Response first = applicantA.get(documents() + "?size=2");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().findValuesAsString("id")).containsExactly(newest, image);
    assertThat(first.header("X-Total-Count")).isEqualTo("3");
    assertThat(first.header("Link")).contains(documents() + "?page=2&size=2>; rel=\"next\"");
    assertThat(applicantA.get(documents() + "?size=2&page=2").json().findValuesAsString("id"))
        .containsExactly(oldest);

    Http.Response pdfs = applicantA.get(documents() + "?kind=PDF&size=1&page=2");
    assertThat(pdfs.json().findValuesAsString("id")).containsExactly(oldest);
    assertThat(pdfs.header("X-Total-Count")).isEqualTo("2");
    assertThat(pdfs.header("Link"))
        .contains(documents() + "?kind=PDF&page=1&size=1>; rel=\"prev\"")
        .doesNotContain("next");
    assertThat(applicantA.get(documents() + "?kind=DOCX").header("X-Total-Count")).isEqualTo("0");

    Http.Response unknown = applicantA.get(documents() + "?kind=EXE");
    assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
    assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("kind");
    assertThat(unknown.json().at("/errors/0/message").asString()).contains("PDF, PNG, JPEG");
    assertThat(applicantA.get(documents() + "?size=101").json().at("/errors/0/field").asString())
        .isEqualTo("size");
    assertThat(applicantB.get(documents() + "?size=1").status()).isEqualTo(404);
  }

  @Test
  void documentsOfEachKindAreStoredWithTheTypeToldFromTheirContentAndTheirHash() throws Exception {
    Map<String, byte[]> files =
        Map.of(
            "营业执照.pdf", Files.pdf(),
            "专利证书.png", Files.png(),
            "情况说明.docx", Files.docx(),
            "财务报表.xlsx", Files.xlsx(),
            "项目简介.odt", Files.odt());
    Map<String, String> expected =
        Map.of(
            "营业执照.pdf", "application/pdf",
            "专利证书.png", "image/png",
            "情况说明.docx", DocumentKind.DOCX.mediaType(),
            "财务报表.xlsx", DocumentKind.XLSX.mediaType(),
            "项目简介.odt", "application/vnd.oasis.opendocument.text");
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Http.Response created =
          upload(applicantA, file.getKey(), "application/octet-stream", file.getValue());

      assertThat(created.status()).as(file.getKey() + ": " + created).isEqualTo(201);
      JsonNode body = created.json();
      assertThat(body.get("contentType").asString()).isEqualTo(expected.get(file.getKey()));
      assertThat(body.get("sha256").asString()).isEqualTo(sha256(file.getValue()));
      assertThat(body.get("sizeBytes").asLong()).isEqualTo(file.getValue().length);
      assertThat(body.get("filename").asString()).isEqualTo(file.getKey());
      assertThat(body.get("organisationId").asString()).isEqualTo(organisation);
      assertThat(body.get("uploadedBy").asString())
          .isEqualTo(TestTokenIssuer.subjectOf("applicant-a"));
      assertThat(created.header("Location"))
          .isEqualTo("/api/documents/" + body.get("id").asString());
      assertThat(
              jdbc.sql(
                      "select count(*) from audit_record where action = 'document.upload'"
                          + " and object_id = :id and outcome = 'SUCCEEDED'")
                  .param("id", body.get("id").asString())
                  .query(Long.class)
                  .single())
          .isEqualTo(1L);
    }
    assertThat(applicantA.get(documents()).json().findValuesAsString("filename"))
        .containsExactlyInAnyOrderElementsOf(files.keySet());
  }

  @Test
  void theDownloadIsTheUploadedContentAsAnAttachmentThatBrowsersMayNotSniff() throws Exception {
    byte[] pdf = Files.pdf();
    String id =
        upload(applicantA, "C:\\材料\\营业执照 副本.pdf", "text/html", pdf).json().get("id").asString();

    Http.Response metadata = applicantA.get("/api/documents/" + id);
    assertThat(metadata.json().get("filename").asString()).isEqualTo("营业执照 副本.pdf");
    assertThat(metadata.json().get("contentType").asString()).isEqualTo("application/pdf");

    java.net.http.HttpResponse<byte[]> download =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(
                            "http://127.0.0.1:" + port + "/api/documents/" + id + "/content"))
                    .header(
                        "Authorization", "Bearer " + tokens.tokenFor("applicant-a", "applicant"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment")
        .contains("filename*=UTF-8''%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7%20%E5%89%AF%E6%9C%AC.pdf");
    assertThat(officer.getBytes("/api/documents/" + id + "/content")).isEqualTo(pdf);
  }

  @Test
  void aFileNamedPdfThatIsAnExecutableAPageOrTextIsRefusedNamingTheFile() {
    for (byte[] content :
        new byte[][] {Files.exe(), Files.html(), Files.text(), Files.plainZip()}) {
      Http.Response refused = upload(applicantA, "营业执照.pdf", "application/pdf", content);

      assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
      assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }
    assertThat(storedFor(organisation)).isZero();
  }

  @Test
  void anEmptyFileOrAMissingPartIsRefused() {
    Http.Response empty = upload(applicantA, "empty.pdf", "application/pdf", new byte[0]);
    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("file");

    Http.Response otherPart =
        applicantA.postFile(documents(), "attachment", "a.pdf", "application/pdf", Files.pdf());
    assertThat(otherPart.status()).isEqualTo(422);
    assertThat(otherPart.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    assertThat(storedFor(organisation)).isZero();
  }

  @Test
  void exactly20MbIsAcceptedAndOneByteMoreIsRefusedAsTooLarge() throws Exception {
    byte[] limit = Files.pdfOfSize(20 * 1024 * 1024);
    Http.Response accepted = upload(applicantA, "large.pdf", "application/pdf", limit);
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().get("sha256").asString()).isEqualTo(sha256(limit));

    Http.Response refused =
        upload(applicantA, "larger.pdf", "application/pdf", Files.pdfOfSize(20 * 1024 * 1024 + 1));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("type").asString()).isEqualTo(PAYLOAD_TOO_LARGE);
    assertThat(storedFor(organisation)).isEqualTo(1L);
  }

  @Test
  void anUploadPastTheRequestLimitIsRefusedBeforeItIsRead() {
    Http.Response refused =
        upload(applicantA, "huge.pdf", "application/pdf", Files.pdfOfSize(22 * 1024 * 1024));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("type").asString()).isEqualTo(PAYLOAD_TOO_LARGE);
    assertThat(storedFor(organisation)).isZero();
  }

  @Test
  void aRetriedUploadWithTheSameIdempotencyKeyIsStoredOnce() {
    Http withKey = applicantA.header("Idempotency-Key", UUID.randomUUID().toString());

    Http.Response first =
        withKey.postFile(documents(), "file", "a.pdf", "application/pdf", Files.pdf());
    Http.Response retry =
        withKey.postFile(documents(), "file", "a.pdf", "application/pdf", Files.pdf());
    Http.Response another =
        withKey.postFile(documents(), "file", "b.png", "image/png", Files.png());

    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(another.status()).isEqualTo(422);
    assertThat(another.json().get("type").asString())
        .isEqualTo("https://ipp.guizhou.gov.cn/problems/idempotency-key-reused");
    assertThat(storedFor(organisation)).isEqualTo(1L);

    Http.Response tooLarge =
        applicantA
            .header("Idempotency-Key", UUID.randomUUID().toString())
            .postFile(
                documents(),
                "file",
                "larger.pdf",
                "application/pdf",
                Files.pdfOfSize(20 * 1024 * 1024 + 1));
    assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
    assertThat(tooLarge.json().get("type").asString()).isEqualTo(PAYLOAD_TOO_LARGE);
    assertThat(storedFor(organisation)).isEqualTo(1L);
  }

  @Test
  void outsidersNeitherUploadNorReadAndTheirAttemptsAreAudited() {
    String id =
        upload(applicantA, "a.pdf", "application/pdf", Files.pdf()).json().get("id").asString();

    assertThat(upload(applicantB, "b.pdf", "application/pdf", Files.pdf()).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/documents/" + id).status()).isEqualTo(404);
    assertThat(applicantB.get("/api/documents/" + id + "/content").status()).isEqualTo(404);
    assertThat(applicantB.get(documents()).status()).isEqualTo(404);
    assertThat(
            officer.postFile(documents(), "file", "c.pdf", "application/pdf", Files.pdf()).status())
        .as("bureau staff read documents but do not upload them")
        .isEqualTo(403);
    assertThat(
            api.bearer(tokens.tokenFor("expert-1", "expert")).get("/api/documents/" + id).status())
        .isEqualTo(403);
    assertThat(applicantB.get("/api/documents/" + UUID.randomUUID()).status()).isEqualTo(404);

    assertThat(refusals("document.upload", organisation)).isEqualTo(1L);
    assertThat(refusals("document.read", id)).isEqualTo(1L);
    assertThat(refusals("document.download", id)).isEqualTo(1L);
    assertThat(officer.get("/api/documents/" + id).status()).isEqualTo(200);
    assertThat(
            api.bearer(tokens.tokenFor("admin", "bureau-admin"))
                .get("/api/documents/" + id)
                .status())
        .isEqualTo(200);
    assertThat(storedFor(organisation)).isEqualTo(1L);
  }

  @Test
  void aMemberWhoIsNotAnAdministratorUploadsToo() {
    applicantA.put(
        "/api/organisations/"
            + organisation
            + "/members/"
            + TestTokenIssuer.subjectOf("applicant-b"),
        Map.of("role", "MEMBER"));

    Http.Response created = upload(applicantB, "b.pdf", "application/pdf", Files.pdf());

    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(applicantA.get("/api/documents/" + created.json().get("id").asString()).status())
        .isEqualTo(200);
  }

  private long storedFor(String organisationId) {
    return jdbc.sql(
            "select count(*) from document d join document_content c on c.document_id = d.id"
                + " where d.organisation_id = cast(:id as uuid)")
        .param("id", organisationId)
        .query(Long.class)
        .single();
  }

  private long refusals(String action, String objectId) {
    return jdbc.sql(
            "select count(*) from audit_record where action = :action and object_id = :id"
                + " and outcome = 'NOT_VISIBLE' and subject = :subject")
        .param("action", action)
        .param("id", objectId)
        .param("subject", TestTokenIssuer.subjectOf("applicant-b"))
        .query(Long.class)
        .single();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
