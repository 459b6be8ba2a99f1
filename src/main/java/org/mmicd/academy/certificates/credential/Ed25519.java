package org.mmicd.academy.certificates.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 with the JDK alone: key pairs, signatures, and the JWK form of public keys (RFC 8037)
 * with their RFC 7638 thumbprint as key id.
 */
public final class Ed25519 {

  /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519; the 32 key bytes follow. */
  private static final byte[] SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

  private Ed25519() {}

  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has Ed25519 since Java 15", e);
    }
  }

  /** Reads a PKCS#8 private key, DER or PEM, and computes its public half. */
  public static KeyPair fromPkcs8(byte[] file) throws GeneralSecurityException {
    byte[] der = file;
    String text = new String(file, StandardCharsets.US_ASCII);
    if (text.contains("-----BEGIN PRIVATE KEY-----")) {
      String body =
          text.substring(
                  text.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
                  text.indexOf("-----END PRIVATE KEY-----"))
              .replaceAll("\\s", "");
      der = Base64.getDecoder().decode(body);
    }
    PrivateKey privateKey =
        KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
    if (!(privateKey instanceof EdECPrivateKey edec) || edec.getBytes().isEmpty()) {
      throw new GeneralSecurityException("not an Ed25519 private key");
    }
    return new KeyPair(publicKeyOf(edec.getBytes().get()), privateKey);
  }

  /**
   * The JDK cannot derive a public key from a private one, but its generator builds the pair from
   * 32 random bytes: given the private key's bytes as its randomness, it yields the same pair.
   */
  private static PublicKey publicKeyOf(byte[] seed) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
    generator.initialize(
        NamedParameterSpec.ED25519,
        new SecureRandom() {
          private static final long serialVersionUID = 1L;

          @Override
          public void nextBytes(byte[] bytes) {
            System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
          }
        });
    return generator.generateKeyPair().getPublic();
  }

  public static PrivateKey privateKey(byte[] pkcs8) throws GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** The 32 bytes of the public key, base64url: the JWK's {@code x}. */
  public static String x(PublicKey key) {
    byte[] encoded = key.getEncoded();
    return URL.encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length));
  }

  public static PublicKey publicKey(String x) throws GeneralSecurityException {
    byte[] raw = URL_DECODER.decode(x);
    if (raw.length != 32) {
      throw new GeneralSecurityException("an Ed25519 public key has 32 bytes");
    }
    byte[] spki = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
    System.arraycopy(raw, 0, spki, SPKI_PREFIX.length, 32);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
  }

  /** RFC 7638: the SHA-256 of the key's required members in lexical order, base64url. */
  public static String thumbprint(String x) {
    String canonical = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + x + "\"}";
    try {
      return URL.encodeToString(
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static byte[] sign(PrivateKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initSign(key);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with the credential key", e);
    }
  }

  public static boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
    try {
      Signature signature = Signature.getInstance("Ed25519");
      signature.initVerify(key);
      signature.update(data);
      return signature.verify(signatureBytes);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static String base64Url(byte[] bytes) {
    return URL.encodeToString(bytes);
  }
}
