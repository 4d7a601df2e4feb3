package cn.gov.guizhou.ipp.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A stand-in for Keycloak's token endpoint in integration tests: it signs tokens shaped like the
 * realm's (issuer, {@code aud}, {@code azp}, {@code realm_access.roles}) with its own RSA key and
 * serves the public key as a JWK set over HTTP, so the services validate them exactly as they
 * validate Keycloak's. The system tests use the real Keycloak.
 */
public final class TestTokenIssuer {

  /** The audience every platform token carries. */
  public static final String AUDIENCE = "ipp-api";

  private static volatile TestTokenIssuer instance;

  private final RSAKey key;
  private final RSAKey foreignKey;
  private final String issuer;
  private final String jwkSetUri;

  private TestTokenIssuer() {
    try {
      key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
      foreignKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String jwks = new JWKSet(key.toPublicJWK()).toString();
      server.createContext(
          "/realms/test/protocol/openid-connect/certs",
          exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      server.start();
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/test";
      issuer = base;
      jwkSetUri = base + "/protocol/openid-connect/certs";
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate the test signing key", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the test JWK set", e);
    }
  }

  /** The issuer shared by every test in this JVM. */
  public static TestTokenIssuer get() {
    TestTokenIssuer current = instance;
    if (current == null) {
      synchronized (TestTokenIssuer.class) {
        current = instance;
        if (current == null) {
          current = new TestTokenIssuer();
          instance = current;
        }
      }
    }
    return current;
  }

  public String issuer() {
    return issuer;
  }

  public String jwkSetUri() {
    return jwkSetUri;
  }

  /** The subject the tokens of a user name carry: one name is always one subject. */
  public static String subjectOf(String username) {
    return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** A token for a user of the realm with the given realm roles, valid for five minutes. */
  public String tokenFor(String username, String... roles) {
    return token().user(username).roles(roles).sign();
  }

  /** A builder for a token that may break any of the rules a service checks. */
  public Builder token() {
    return new Builder();
  }

  /** Builds one token. Defaults: valid for five minutes, audience {@code ipp-api}. */
  public final class Builder {
    private String subject = UUID.randomUUID().toString();
    private String username = "test-user";
    private String clientId = "ipp-cli";
    private List<String> roles = List.of();
    private String tokenIssuer = issuer;
    private List<String> audience = List.of(AUDIENCE);
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
    private boolean foreign;

    private Builder() {}

    /** A user: the subject is derived from the name, so one name is always one subject. */
    public Builder user(String name) {
      this.username = name;
      this.subject = subjectOf(name);
      return this;
    }

    public Builder client(String clientId) {
      this.clientId = clientId;
      return this;
    }

    public Builder roles(String... roles) {
      this.roles = List.of(roles);
      return this;
    }

    public Builder issuer(String issuer) {
      this.tokenIssuer = issuer;
      return this;
    }

    public Builder audience(String... audience) {
      this.audience = List.of(audience);
      return this;
    }

    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /** Signs with a key the services do not trust (same key id, other key). */
    public Builder signedWithForeignKey() {
      this.foreign = true;
      return this;
    }

    public String sign() {
      JWTClaimsSet.Builder claims =
          new JWTClaimsSet.Builder()
              .issuer(tokenIssuer)
              .subject(subject)
              .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
              .expirationTime(Date.from(expiresAt))
              .jwtID(UUID.randomUUID().toString())
              .claim("azp", clientId)
              .claim("preferred_username", username)
              .claim("realm_access", Map.of("roles", new ArrayList<>(roles)));
      if (!audience.isEmpty()) {
        claims.audience(audience);
      }
      RSAKey signingKey = foreign ? foreignKey : key;
      try {
        SignedJWT jwt =
            new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot sign a test token", e);
      }
    }
  }
}
