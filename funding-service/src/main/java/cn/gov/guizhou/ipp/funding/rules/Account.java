package cn.gov.guizhou.ipp.funding.rules;

import java.util.regex.Pattern;

/**
 * One account of the funding ledger: a kind and the key of what it belongs to — a call year for
 * {@link AccountKind#APPROPRIATION}, {@code <year>/<track>} for {@link AccountKind#TRACK_BUDGET}, a
 * grant id for the others.
 *
 * @param kind the kind of account
 * @param key the call year, the track key ({@code 2027/HVP}) or the grant id
 */
public record Account(AccountKind kind, String key) {

  static final Pattern YEAR = Pattern.compile("\\d{4}");
  static final Pattern TRACK_KEY = Pattern.compile("\\d{4}/[A-Z0-9]+(-[A-Z0-9]+)*");

  public Account {
    if (kind == null) {
      throw new IllegalArgumentException("kind: is required");
    }
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("key: is required");
    }
    if (!key.equals(key.strip())) {
      throw new IllegalArgumentException("key: must not start or end with spaces");
    }
    if (kind == AccountKind.APPROPRIATION && !YEAR.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "key: an appropriation is keyed by its call year, e.g. 2027");
    }
    if (kind == AccountKind.TRACK_BUDGET && !TRACK_KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "key: a track budget is keyed <year>/<track code>, e.g. 2027/HVP");
    }
  }

  /** The appropriation of a call year. */
  public static Account appropriation(String year) {
    return new Account(AccountKind.APPROPRIATION, year);
  }

  /** A track's budget, keyed {@code <year>/<track>}. */
  public static Account trackBudget(String trackKey) {
    return new Account(AccountKind.TRACK_BUDGET, trackKey);
  }

  /**
   * An account of a grant: {@code GRANT}, {@code DISBURSED}, {@code RECOVERIES_DUE}, {@code
   * RECOVERED}.
   */
  public static Account ofGrant(AccountKind kind, String grantId) {
    if (kind == AccountKind.APPROPRIATION || kind == AccountKind.TRACK_BUDGET) {
      throw new IllegalArgumentException("kind: " + kind + " is not an account of a grant");
    }
    return new Account(kind, grantId);
  }

  @Override
  public String toString() {
    return kind + " " + key;
  }
}
