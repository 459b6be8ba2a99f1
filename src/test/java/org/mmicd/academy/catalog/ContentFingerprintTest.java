package org.mmicd.academy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFingerprintTest {

  @TempDir Path root;

  @Test
  void theSameFilesReadTheSameWayGiveTheSamePrint() throws IOException {
    Files.createDirectories(root.resolve("modules/toolkit-health"));
    Files.writeString(root.resolve("modules/toolkit-health/module.yaml"), "id: toolkit-health\n");
    Files.writeString(root.resolve("courses.yaml"), "id: core\n");
    String first = ContentFingerprint.of(root, 11);
    assertEquals(first, ContentFingerprint.of(root, 11));

    assertNotEquals(first, ContentFingerprint.of(root, 12), "a new migration reads it again");
    Files.writeString(root.resolve("courses.yaml"), "id: Core\n");
    String edited = ContentFingerprint.of(root, 11);
    assertNotEquals(first, edited, "one changed letter");
    Files.move(root.resolve("courses.yaml"), root.resolve("course.yaml"));
    assertNotEquals(edited, ContentFingerprint.of(root, 11), "a renamed file");
  }
}
