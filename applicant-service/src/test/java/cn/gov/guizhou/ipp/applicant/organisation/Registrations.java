package cn.gov.guizhou.ipp.applicant.organisation;

import java.util.HashMap;
import java.util.Map;

/** Registration requests as an applicant's portal sends them. */
public final class Registrations {

  private Registrations() {}

  /** An enterprise in Guiyang. */
  public static Map<String, Object> enterprise(String creditCode) {
    return of(creditCode, "ENTERPRISE");
  }

  /** A unit of the given type in Guiyang; the map may be changed to break it. */
  public static Map<String, Object> of(String creditCode, String type) {
    Map<String, Object> registration = new HashMap<>();
    registration.put("creditCode", creditCode);
    registration.put("legalName", "贵州黔锦科技有限公司");
    registration.put("type", type);
    registration.put("region", "GUIYANG");
    registration.put("legalRepresentative", "张三");
    return registration;
  }
}
