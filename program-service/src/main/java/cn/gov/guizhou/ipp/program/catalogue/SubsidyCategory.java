package cn.gov.guizhou.ipp.program.catalogue;

/** When the money comes. */
public enum SubsidyCategory {
  /** 前补助: funded at approval, then implemented. */
  PRE_SUBSIDY,
  /** 后补助: funded after results. */
  POST_SUBSIDY
}
