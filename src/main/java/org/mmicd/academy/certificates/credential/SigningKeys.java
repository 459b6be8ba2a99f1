package org.mmicd.academy.certificates.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.mmicd.academy.platform.PlatformSetting;
import org.mmicd.academy.platform.Settings;

/**
 * The key that signs credentials now, and every key that ever did (the JWKS publishes them all).
 * The operator's PKCS#8 file named by MMICD_SIGNING_KEY_FILE wins; without it the platform uses the
 * key it generated at its first start, which the database keeps so that every instance signs alike.
 */
@ApplicationScoped
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
  static final String LOCK = "signing-key-lock";

  @PersistenceContext EntityManager em;
  @Inject Settings settings;
  @Inject Clock clock;

  private volatile ActiveKey active;

  /** The signing key with its id, as JWT headers name it. */
  public record ActiveKey(String kid, PrivateKey privateKey) {}

  /**
   * Makes sure a signing key exists and is published; called at start-up. Two instances starting
   * together queue on the lock row that the migration created, so only one generates a key.
   */
  @Transactional
  public ActiveKey ensure() {
    em.find(PlatformSetting.class, LOCK, LockModeType.PESSIMISTIC_WRITE);
    Optional<Path> file = settings.signingKeyFile();
    ActiveKey key = file.isPresent() ? fromFile(file.get()) : generated();
    active = key;
    return key;
  }

  public ActiveKey active() {
    ActiveKey key = active;
    if (key == null) {
      throw new IllegalStateException("the signing key is loaded at start-up; it is not yet");
    }
    return key;
  }

  /** Every key's public half, newest first: what verifiers need, after rotations too. */
  public List<SigningKey> published() {
    return em.createQuery(
            "select k from SigningKey k order by k.createdAt desc, k.kid", SigningKey.class)
        .getResultList();
  }

  private ActiveKey fromFile(Path file) {
    KeyPair pair;
    try {
      pair = Ed25519.fromPkcs8(Files.readAllBytes(file));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "MMICD_SIGNING_KEY_FILE "
              + file
              + " must hold an Ed25519 private key in PKCS#8 (PEM or DER): "
              + e.getMessage(),
          e);
    }
    String x = Ed25519.x(pair.getPublic());
    String kid = Ed25519.thumbprint(x);
    if (em.find(SigningKey.class, kid) == null) {
      em.persist(new SigningKey(x, null, SigningKey.Origin.FILE, clock.instant()));
      LOG.info(() -> "Credentials are signed with the key from " + file + " (kid " + kid + ")");
    }
    return new ActiveKey(kid, pair.getPrivate());
  }

  private ActiveKey generated() {
    Optional<SigningKey> stored =
        em.createQuery(
                "select k from SigningKey k where k.origin = :generated"
                    + " order by k.createdAt desc",
                SigningKey.class)
            .setParameter("generated", SigningKey.Origin.GENERATED)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    SigningKey key = stored.orElse(null);
    if (key == null) {
      KeyPair pair = Ed25519.generate();
      key =
          new SigningKey(
              Ed25519.x(pair.getPublic()),
              pair.getPrivate().getEncoded(),
              SigningKey.Origin.GENERATED,
              clock.instant());
      em.persist(key);
      String kid = key.kid();
      LOG.warning(
          () ->
              "No MMICD_SIGNING_KEY_FILE: generated a credential signing key (kid "
                  + kid
                  + ") and keep it in the database. In production, provide your own Ed25519 key"
                  + " in PKCS#8 (openssl genpkey -algorithm ed25519 -out key.pem).");
    }
    try {
      return new ActiveKey(key.kid(), Ed25519.privateKey(key.privateKey().orElseThrow()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the stored signing key " + key.kid() + " is damaged", e);
    }
  }
}
