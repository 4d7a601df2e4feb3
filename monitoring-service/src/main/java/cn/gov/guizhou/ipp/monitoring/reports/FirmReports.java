package cn.gov.guizhou.ipp.monitoring.reports;

import cn.gov.guizhou.ipp.kit.audit.AuditOutcome;
import cn.gov.guizhou.ipp.kit.audit.AuditTrail;
import cn.gov.guizhou.ipp.kit.files.Sha256;
import cn.gov.guizhou.ipp.kit.security.CurrentUser;
import cn.gov.guizhou.ipp.kit.web.InvalidFieldException;
import cn.gov.guizhou.ipp.kit.web.NotFoundException;
import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import cn.gov.guizhou.ipp.monitoring.rules.Quarters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports risk-control firms upload (quarterly, semi-annual, evaluation or other): kept in the
 * database with their SHA-256, the type told from the content. A firm sees its own; the bureau all.
 */
@Service
public class FirmReports {

  static final String OBJECT_TYPE = "firm-report";

  /** The largest file accepted. */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private static final Map<String, String> PERIODS =
      Map.of(
          "QUARTERLY", Quarters.PATTERN,
          "SEMI_ANNUAL", "[0-9]{4}-H[12]",
          "EVALUATION", "[0-9]{4}",
          "OTHER", "[0-9]{4}(-Q[1-4]|-H[12])?");

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  public FirmReports(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A firm uploads a report.
   *
   * @throws InvalidFieldException for a period that does not fit the kind, or a file that is empty,
   *     too large or not a PDF, XLSX, DOCX or CSV
   */
  @Transactional
  public FirmReport upload(
      String kind, String period, String title, String filename, byte[] content, CurrentUser firm) {
    String pattern = PERIODS.get(kind);
    if (pattern == null) {
      throw new InvalidFieldException(
          "kind", "must be QUARTERLY, SEMI_ANNUAL, EVALUATION or OTHER");
    }
    if (period == null || !period.matches(pattern)) {
      throw new InvalidFieldException(
          "period", "must read like " + example(kind) + " for a " + kind + " report");
    }
    if (firm.clientId() == null) {
      throw new InvalidFieldException("report", "the caller's token names no client");
    }
    if (content == null || content.length == 0) {
      throw new InvalidFieldException("file", "is required and must not be empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidFieldException("file", "must be at most 20 MB");
    }
    ReportFileType type =
        ReportFileType.detect(content)
            .orElseThrow(
                () -> new InvalidFieldException("file", "must be a PDF, XLSX, DOCX or CSV file"));
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into firm_report (id, firm_client_id, kind, period, title, filename,
                                     content_type, size_bytes, sha256, content, uploaded_by,
                                     uploaded_at)
            values (:id, :firm, :kind, :period, :title, :filename, :type, :size, :sha, :content,
                    :by, :at)
            """)
        .param("id", id)
        .param("firm", firm.clientId())
        .param("kind", kind)
        .param("period", period)
        .param("title", title)
        .param("filename", filename(filename, type))
        .param("type", type.contentType())
        .param("size", content.length)
        .param("sha", Sha256.hex(content))
        .param("content", content)
        .param("by", firm.subject())
        .param("at", OffsetDateTime.now(clock))
        .update();
    audit.recordChange("UPLOAD", OBJECT_TYPE, id);
    return find(id).orElseThrow();
  }

  /** One page of the reports of one firm, or of every firm, newest first, with their number. */
  @Transactional(readOnly = true)
  public Page<FirmReport> list(String firmClientId, PageQuery page) {
    String where = " where cast(:firm as text) is null or firm_client_id = :firm";
    List<FirmReport> rows =
        page.bind(
                jdbc.sql(
                        SELECT
                            + where
                            + " order by uploaded_at desc, id desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("firm", firmClientId))
            .query(FirmReports::map)
            .list();
    long total =
        jdbc.sql("select count(*) from firm_report" + where)
            .param("firm", firmClientId)
            .query(Long.class)
            .single();
    return new Page<>(rows, total);
  }

  /**
   * A report's file, for the bureau or the firm that uploaded it.
   *
   * @param firmClientId the firm asking, null for bureau staff
   */
  @Transactional(readOnly = true)
  public Download file(UUID id, String firmClientId) {
    FirmReport report =
        find(id)
            .filter(r -> firmClientId == null || firmClientId.equals(r.firmClientId()))
            .orElseThrow(
                () -> {
                  audit.recordRefusal(
                      "firm-report.download", OBJECT_TYPE, id, AuditOutcome.NOT_VISIBLE, null);
                  return new NotFoundException(OBJECT_TYPE, id);
                });
    byte[] content =
        jdbc.sql("select content from firm_report where id = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    return new Download(report, content);
  }

  /**
   * A report with its file's bytes.
   *
   * @param report the report
   * @param content the file
   */
  public record Download(FirmReport report, byte[] content) {}

  private java.util.Optional<FirmReport> find(UUID id) {
    return jdbc.sql(SELECT + " where id = :id").param("id", id).query(FirmReports::map).optional();
  }

  private static String example(String kind) {
    return switch (kind) {
      case "QUARTERLY" -> "2027-Q2";
      case "SEMI_ANNUAL" -> "2027-H1";
      case "EVALUATION" -> "2027";
      default -> "2027, 2027-H1 or 2027-Q2";
    };
  }

  /** The file's own name without any path, or a name from the title's type. */
  static String filename(String given, ReportFileType type) {
    String name = given == null ? "" : given.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).strip();
    name = name.replaceAll("[\\p{Cntrl}\"]", "");
    if (name.isEmpty()) {
      name = "report." + type.extension();
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static final String SELECT =
      """
      select id, firm_client_id, kind, period, title, filename, content_type, size_bytes, sha256,
             uploaded_by, uploaded_at
      from firm_report
      """;

  private static FirmReport map(ResultSet rs, int row) throws SQLException {
    return new FirmReport(
        rs.getObject("id", UUID.class),
        rs.getString("firm_client_id"),
        rs.getString("kind"),
        rs.getString("period"),
        rs.getString("title"),
        rs.getString("filename"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
