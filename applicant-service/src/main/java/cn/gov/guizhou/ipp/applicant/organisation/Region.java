package cn.gov.guizhou.ipp.applicant.organisation;

/** The nine prefectures of Guizhou and 贵安新区, or outside the province. */
public enum Region {
  GUIYANG("贵阳市"),
  ZUNYI("遵义市"),
  LIUPANSHUI("六盘水市"),
  ANSHUN("安顺市"),
  BIJIE("毕节市"),
  TONGREN("铜仁市"),
  QIANDONGNAN("黔东南州"),
  QIANNAN("黔南州"),
  QIANXINAN("黔西南州"),
  GUIAN_NEW_AREA("贵安新区"),
  OUTSIDE_PROVINCE("省外");

  private final String chineseName;

  Region(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
