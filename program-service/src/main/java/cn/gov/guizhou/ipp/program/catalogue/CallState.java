package cn.gov.guizhou.ipp.program.catalogue;

/** The life cycle of a call: draft → published → open → closed → archived. */
public enum CallState {
  DRAFT,
  PUBLISHED,
  OPEN,
  CLOSED,
  ARCHIVED
}
