package cn.gov.guizhou.ipp.applicant.document;

import cn.gov.guizhou.ipp.kit.web.Page;
import cn.gov.guizhou.ipp.kit.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Documents: metadata in {@code document}, content in {@code document_content}. */
@Repository
public class DocumentRepository {

  private static final String COLUMNS =
      "d.id, d.organisation_id, d.filename, d.content_type, d.size_bytes, d.sha256,"
          + " d.uploaded_by, d.uploaded_at";

  private final JdbcClient jdbc;

  public DocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the metadata and the content; call within one transaction. */
  public void insert(StoredDocument document, byte[] content) {
    jdbc.sql(
            """
            insert into document (id, organisation_id, filename, content_type, size_bytes, sha256,
                                  uploaded_by, uploaded_at)
            values (:id, :organisation, :filename, :type, :size, :sha256, :by, :at)
            """)
        .param("id", document.id())
        .param("organisation", document.organisationId())
        .param("filename", document.filename())
        .param("type", document.contentType())
        .param("size", document.sizeBytes())
        .param("sha256", document.sha256())
        .param("by", document.uploadedBy())
        .param("at", document.uploadedAt())
        .update();
    jdbc.sql("insert into document_content (document_id, content) values (:id, :content)")
        .param("id", document.id())
        .param("content", content)
        .update();
  }

  public Optional<StoredDocument> findById(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from document d where d.id = :id")
        .param("id", id)
        .query(DocumentRepository::map)
        .optional();
  }

  /** The document if the user is a member of the organisation it belongs to. */
  public Optional<StoredDocument> findByIdForMember(UUID id, String userSubject) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from document d join organisation_member m"
                + " on m.organisation_id = d.organisation_id"
                + " where d.id = :id and m.user_subject = :subject")
        .param("id", id)
        .param("subject", userSubject)
        .query(DocumentRepository::map)
        .optional();
  }

  /** The organisation's documents, newest first. */
  /**
   * One page of an organisation's documents, newest first, with how many there are; only those of
   * the media type {@code contentType} unless it is null.
   */
  public Page<StoredDocument> findByOrganisation(
      UUID organisationId, String contentType, PageQuery page) {
    String where =
        " from document d where d.organisation_id = :organisation"
            + " and (cast(:type as text) is null or d.content_type = :type)";
    List<StoredDocument> rows =
        page.bind(
                jdbc.sql(
                        "select "
                            + COLUMNS
                            + where
                            + " order by d.uploaded_at desc, d.id desc"
                            + PageQuery.LIMIT_OFFSET)
                    .param("organisation", organisationId)
                    .param("type", contentType))
            .query(DocumentRepository::map)
            .list();
    long total =
        jdbc.sql("select count(*)" + where)
            .param("organisation", organisationId)
            .param("type", contentType)
            .query(Long.class)
            .single();
    return new Page<>(rows, total);
  }

  /** How many of the documents belong to the organisation. */
  public long countOwnedBy(Collection<UUID> ids, UUID organisationId) {
    if (ids.isEmpty()) {
      return 0;
    }
    return jdbc.sql(
            "select count(*) from document where organisation_id = :organisation and id in (:ids)")
        .param("organisation", organisationId)
        .param("ids", List.copyOf(ids))
        .query(Long.class)
        .single();
  }

  public Optional<byte[]> content(UUID id) {
    return jdbc.sql("select content from document_content where document_id = :id")
        .param("id", id)
        .query((rs, i) -> rs.getBytes(1))
        .optional();
  }

  private static StoredDocument map(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(
        rs.getObject("id", UUID.class),
        rs.getObject("organisation_id", UUID.class),
        rs.getString("filename"),
        rs.getString("content_type"),
        rs.getLong("size_bytes"),
        rs.getString("sha256"),
        rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
