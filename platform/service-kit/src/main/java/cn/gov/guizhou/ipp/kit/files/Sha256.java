package cn.gov.guizhou.ipp.kit.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an uploaded file, as stored with it and shown to whoever downloads it. */
public final class Sha256 {

  private Sha256() {}

  /** The digest of {@code content} in lower-case hex (64 characters). */
  public static String hex(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
