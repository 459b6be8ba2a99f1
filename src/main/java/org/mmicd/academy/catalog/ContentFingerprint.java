package org.mmicd.academy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the content loaded last time was: the SHA-256 of every file under the content folder (its
 * path and its bytes, in path order) and of what read them (the reading's format version and the
 * number of migrations applied), so that a restart can tell unchanged content from changed.
 */
final class ContentFingerprint {

  /**
   * Raise when the application reads the same files differently without a migration (a new field of
   * a lesson, a new check), so that the next start loads the content again.
   */
  static final int READING_VERSION = 1;

  private ContentFingerprint() {}

  static String of(Path root, long migrationsApplied) {
    MessageDigest digest = sha256();
    digest.update(
        ("reading " + READING_VERSION + ", migrations " + migrationsApplied + "\n")
            .getBytes(StandardCharsets.UTF_8));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      digest.update((name + "\n").getBytes(StandardCharsets.UTF_8));
      try {
        byte[] bytes = Files.readAllBytes(file);
        digest.update((bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
