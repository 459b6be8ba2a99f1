package org.mmicd.academy.certificates.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The signed credential verifies with the published key, and not after any change. */
public class OpenBadgeCredentialTest {

  static final OpenBadgeCredential.Claims CLAIMS =
      new OpenBadgeCredential.Claims(
          "https://academy.example.org",
          "MMICD-2026-000007",
          "सीता शर्मा",
          "track-nepal",
          "Nepal track",
          "Certificate of completion: Nepal track",
          "MMICD Academy",
          Instant.parse("2026-11-30T08:00:00Z"),
          null,
          "https://academy.example.org/verify/CODE",
          "https://academy.example.org/api/v1/verifications/CODE");

  /** Verifies a compact JWS against a JWK's x, as any verifier holding the JWKS would. */
  public static boolean verifies(String jwt, String x) throws Exception {
    String[] parts = jwt.split("\\.");
    return parts.length == 3
        && Ed25519.verify(
            Ed25519.publicKey(x),
            (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
            Base64.getUrlDecoder().decode(parts[2]));
  }

  public static JsonObject part(String jwt, int index) {
    String json =
        new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  /** The same token with one claim of the credential changed and the old signature kept. */
  public static String tampered(String jwt) {
    String[] parts = jwt.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("\"name\":\"Certificate of completion", "\"name\":\"Diploma with honours");
    return parts[0]
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  @Test
  void aCredentialIsAnOpenBadgeSignedWithEd25519UnderItsKeyId() throws Exception {
    KeyPair pair = Ed25519.generate();
    String x = Ed25519.x(pair.getPublic());
    String jwt =
        OpenBadgeCredential.sign(
            OpenBadgeCredential.payload(CLAIMS, Instant.parse("2026-12-01T00:00:00Z")),
            new SigningKeys.ActiveKey(Ed25519.thumbprint(x), pair.getPrivate()));

    JsonObject header = part(jwt, 0);
    assertEquals("EdDSA", header.getString("alg"));
    assertEquals(Ed25519.thumbprint(x), header.getString("kid"));
    JsonObject vc = part(jwt, 1).getJsonObject("vc");
    assertEquals("OpenBadgeCredential", vc.getJsonArray("type").getString(1));
    assertEquals(
        "सीता शर्मा",
        vc.getJsonObject("credentialSubject")
            .getJsonArray("identifier")
            .getJsonObject(0)
            .getString("identityHash"));
    assertEquals(CLAIMS.statusUrl(), vc.getJsonObject("credentialStatus").getString("id"));

    assertTrue(verifies(jwt, x));
    String forged = tampered(jwt);
    assertFalse(forged.equals(jwt));
    assertFalse(verifies(forged, x), "one changed claim breaks the signature");
    assertFalse(verifies(jwt, Ed25519.x(Ed25519.generate().getPublic())), "another key");
  }

  @Test
  void anOperatorsPkcs8KeyIsReadWithItsPublicHalf() throws Exception {
    KeyPair pair = Ed25519.generate();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Path file = Files.createTempFile("signing", ".pem");
    Files.writeString(file, pem);
    KeyPair read = Ed25519.fromPkcs8(Files.readAllBytes(file));
    assertEquals(Ed25519.x(pair.getPublic()), Ed25519.x(read.getPublic()));
    KeyPair der = Ed25519.fromPkcs8(pair.getPrivate().getEncoded());
    assertEquals(Ed25519.x(pair.getPublic()), Ed25519.x(der.getPublic()));
  }

  @Test
  void keyIdsAreRfc7638Thumbprints() {
    // The example key of RFC 8037, appendix A.3.
    assertEquals(
        "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k",
        Ed25519.thumbprint("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"));
  }
}
