package org.mmicd.academy.certificates.credential;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A certificate as an Open Badges 3.0 credential (W3C Verifiable Credentials data model) in the JWT
 * encoding: the credential is the {@code vc} claim, signed with EdDSA (Ed25519) under a key that
 * the JWKS publishes by its {@code kid}. Its {@code credentialStatus} names the public verification
 * endpoint, which answers whether the certificate is still valid or was revoked.
 */
public final class OpenBadgeCredential {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

  /** What the credential states; the same facts the PDF shows. */
  public record Claims(
      String issuerUrl,
      String serial,
      String learnerName,
      String courseId,
      String courseTitle,
      String title,
      String signatory,
      Instant issuedAt,
      Instant validUntil,
      String verifyUrl,
      String statusUrl) {}

  private OpenBadgeCredential() {}

  public static JsonObject payload(Claims claims, Instant now) {
    JsonObjectBuilder credential =
        Json.createObjectBuilder()
            .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
            .add("id", claims.verifyUrl())
            .add(
                "type",
                Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
            .add(
                "issuer",
                Json.createObjectBuilder()
                    .add("id", claims.issuerUrl())
                    .add("type", Json.createArrayBuilder().add("Profile"))
                    .add("name", "MMICD Academy")
                    .add("url", claims.issuerUrl()))
            .add("validFrom", claims.issuedAt().toString())
            .add("name", claims.title())
            .add(
                "credentialSubject",
                Json.createObjectBuilder()
                    .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                    .add(
                        "identifier",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("type", "IdentityObject")
                                    .add("identityHash", claims.learnerName())
                                    .add("identityType", "name")
                                    .add("hashed", false)))
                    .add(
                        "achievement",
                        Json.createObjectBuilder()
                            .add("id", claims.issuerUrl() + "/course.xhtml?id=" + claims.courseId())
                            .add("type", Json.createArrayBuilder().add("Achievement"))
                            .add("achievementType", "Certificate")
                            .add("name", claims.courseTitle())
                            .add("description", claims.title())
                            .add(
                                "criteria",
                                Json.createObjectBuilder()
                                    .add(
                                        "narrative",
                                        "Completed the course as its completion rule asks,"
                                            + " judged by the MMICD Academy from recorded lessons,"
                                            + " quiz passes and live-session attendance."))))
            .add(
                "credentialStatus",
                Json.createObjectBuilder()
                    .add("id", claims.statusUrl())
                    .add("type", "MmicdCertificateVerification"))
            .add(
                "evidence",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", Json.createArrayBuilder().add("Evidence"))
                            .add("name", "Certificate " + claims.serial())
                            .add(
                                "description", "Signed for the academy by " + claims.signatory())));
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("iss", claims.issuerUrl())
            .add("jti", claims.verifyUrl())
            .add("iat", now.getEpochSecond())
            .add("nbf", claims.issuedAt().getEpochSecond());
    if (claims.validUntil() != null) {
      credential.add("validUntil", claims.validUntil().toString());
      payload.add("exp", claims.validUntil().getEpochSecond());
    }
    return payload.add("vc", credential).build();
  }

  /** The credential as a compact JWS: header, payload and Ed25519 signature, base64url. */
  public static String sign(JsonObject payload, SigningKeys.ActiveKey key) {
    String header =
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("typ", "JWT")
            .add("kid", key.kid())
            .build()
            .toString();
    String signingInput =
        Ed25519.base64Url(header.getBytes(StandardCharsets.UTF_8))
            + "."
            + Ed25519.base64Url(payload.toString().getBytes(StandardCharsets.UTF_8));
    byte[] signature =
        Ed25519.sign(key.privateKey(), signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Ed25519.base64Url(signature);
  }
}
