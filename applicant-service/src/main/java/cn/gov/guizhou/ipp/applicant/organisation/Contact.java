package cn.gov.guizhou.ipp.applicant.organisation;

import java.util.regex.Pattern;

/**
 * A person the bureau may contact about the organisation's applications (联系人). Personal data: shown
 * to the organisation's members and bureau staff, never published in events.
 *
 * @param name the person's name
 * @param title role or position, optional (e.g. 项目负责人, 财务负责人)
 * @param phone phone number, digits with an optional leading + and hyphens
 * @param email e-mail address
 */
public record Contact(String name, String title, String phone, String email) {

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9-]{4,24}");
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+", Pattern.UNICODE_CHARACTER_CLASS);

  /** Refusals read {@code "<field>: <what is wrong>"}. */
  public Contact {
    name = strip(name);
    title = strip(title);
    phone = strip(phone);
    email = strip(email);
    if (name == null || name.length() > 100) {
      throw new IllegalArgumentException("name: must be 1 to 100 characters");
    }
    if (title != null && title.length() > 100) {
      throw new IllegalArgumentException("title: must be at most 100 characters");
    }
    if (phone == null && email == null) {
      throw new IllegalArgumentException("phone: a contact needs a phone number or an e-mail");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new IllegalArgumentException(
          "phone: must be 5 to 25 digits, with an optional leading + and hyphens");
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      throw new IllegalArgumentException("email: must be an e-mail address");
    }
  }

  private static String strip(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
