package cn.gov.guizhou.ipp.kit.files;

/** The kinds of document the platform accepts, with the media type each is stored and served as. */
public enum DocumentKind {
  PDF("application/pdf"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  GIF("image/gif"),
  WEBP("image/webp"),
  TIFF("image/tiff"),
  /** Word 2007 and later (.docx). */
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  /** Excel 2007 and later (.xlsx). */
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  /** PowerPoint 2007 and later (.pptx). */
  PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation"),
  /** Word 97–2003 (.doc), an OLE2 compound file with a WordDocument stream. */
  DOC("application/msword"),
  /** Excel 97–2003 (.xls), an OLE2 compound file with a Workbook (or Book) stream. */
  XLS("application/vnd.ms-excel"),
  /** PowerPoint 97–2003 (.ppt), an OLE2 compound file with a PowerPoint Document stream. */
  PPT("application/vnd.ms-powerpoint"),
  /** OpenDocument text (.odt, WPS and LibreOffice). */
  ODT("application/vnd.oasis.opendocument.text"),
  /** OpenDocument spreadsheet (.ods). */
  ODS("application/vnd.oasis.opendocument.spreadsheet"),
  /** OpenDocument presentation (.odp). */
  ODP("application/vnd.oasis.opendocument.presentation");

  private final String mediaType;

  DocumentKind(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The media type the document is stored and served as. */
  public String mediaType() {
    return mediaType;
  }
}
