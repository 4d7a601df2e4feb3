package cn.gov.guizhou.ipp.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Brings the real platform up with {@code deploy/local/platform up} before the system tests and, if
 * it was not already running, takes it down again afterwards. The platform's output goes to {@code
 * target/platform-up.log}.
 */
public class LocalPlatform implements BeforeAllCallback, AfterAllCallback {

  private static boolean startedHere;
  private static boolean up;

  static Path root() {
    return Path.of(System.getProperty("ipp.repository.root", "..")).toAbsolutePath().normalize();
  }

  @Override
  public synchronized void beforeAll(ExtensionContext context) throws Exception {
    if (up) {
      return;
    }
    boolean wasHealthy = run("status", 60) == 0;
    int exit = run("up", 600);
    if (exit != 0) {
      throw new IllegalStateException(
          "deploy/local/platform up failed with exit " + exit + ":\n" + Files.readString(log()));
    }
    startedHere = !wasHealthy;
    up = true;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (startedHere) {
                    run("down", 120);
                  }
                }));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // The platform stays up for the other system test classes; the shutdown hook takes it down.
  }

  private static Path log() {
    return Path.of("target", "platform-up.log");
  }

  private static int run(String command, long timeoutSeconds) {
    try {
      Files.createDirectories(log().getParent());
      Process process =
          new ProcessBuilder(root().resolve("deploy/local/platform").toString(), command)
              .directory(root().toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
              .start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new IllegalStateException("cannot run deploy/local/platform " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
