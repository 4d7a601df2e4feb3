package cn.gov.guizhou.ipp.contracts.identity;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where a unit is registered or an expert works: the nine prefecture-level divisions of Guizhou
 * (贵阳市, 遵义市, 六盘水市, 安顺市, 毕节市, 铜仁市, 黔东南州, 黔南州, 黔西南州) and 贵安新区, in the guide's order, or outside the
 * province. The one list every service takes a region from: a region outside it is refused, naming
 * the allowed values.
 */
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

  /** Whether the region is in Guizhou: a prefecture or 贵安新区. */
  public boolean inGuizhou() {
    return this != OUTSIDE_PROVINCE;
  }

  /** The regions of Guizhou, in the guide's order (the prefecture ranking's ten units). */
  public static List<Region> guizhou() {
    return Stream.of(values()).filter(Region::inGuizhou).toList();
  }
}
